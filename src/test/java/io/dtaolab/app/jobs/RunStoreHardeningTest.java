package io.dtaolab.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash or a bad disk leaves in the run store is cleaned or shown, never silently dropped or kept. */
class RunStoreHardeningTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void leftoverTemporaryFilesAreRemovedAtStart(@TempDir Path dir) throws Exception {
        RunStore store = new RunStore(dir, json);
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
        store.save(new RunRecord("r-aaaaaaaaaaaa", "s", List.of("p", "q"), 1, 720, 0, RunState.FINISHED, t0, t0, t0, 720, null));
        Path run = dir.resolve("r-aaaaaaaaaaaa");
        Path top = Files.write(run.resolve(".report.json12345.tmp"), new byte[5_000_000]);
        Path nested = Files.write(Files.createDirectories(run.resolve("q")).resolve(".series.csv999.tmp"), new byte[10]);
        Path kept = Files.writeString(run.resolve("report.json"), "{}");

        List<RunRecord> loaded = new RunStore(dir, json).loadAll();

        assertEquals(1, loaded.size());
        assertFalse(Files.exists(top), "a kill during a write leaves a .tmp; the next start removes it");
        assertFalse(Files.exists(nested));
        assertTrue(Files.exists(kept));
    }

    @Test
    void aCorruptStateFileShowsItsRunAsCorruptWithTheReason(@TempDir Path dir) throws Exception {
        Path run = Files.createDirectories(dir.resolve("r-bbbbbbbbbbbb"));
        Files.writeString(run.resolve(RunStore.STATE_FILE), "{\n  \"id\": \"r-bbbbbbbbbbbb\",\n  \"state\": fin");
        Path other = Files.createDirectories(dir.resolve("r-cccccccccccc"));
        Files.writeString(other.resolve(RunStore.STATE_FILE), "{\"id\": \"r-cccccccccccc\"}");

        List<RunRecord> loaded = new RunStore(dir, json).loadAll();

        assertEquals(2, loaded.size(), loaded::toString);
        RunRecord broken = loaded.stream().filter(r -> r.id().equals("r-bbbbbbbbbbbb")).findFirst().orElseThrow();
        assertEquals(RunState.CORRUPT, broken.state());
        assertTrue(broken.state().terminal());
        assertTrue(broken.error().contains("line 3"), broken.error());
        assertFalse(broken.error().contains(dir.toString()), "no server path in the reason: " + broken.error());
        RunRecord partial = loaded.stream().filter(r -> r.id().equals("r-cccccccccccc")).findFirst().orElseThrow();
        assertEquals(RunState.CORRUPT, partial.state());
        assertTrue(Files.readString(run.resolve(RunStore.STATE_FILE)).endsWith("fin"), "the evidence is left as it was");
    }

    @Test
    void discardRemovesWhatARefusedSubmitWrote(@TempDir Path dir) throws Exception {
        RunStore store = new RunStore(dir, json);
        store.saveSource("r-dddddddddddd", "strategy.yaml", "name: x".getBytes());
        store.discard("r-dddddddddddd");
        assertFalse(Files.exists(dir.resolve("r-dddddddddddd")));
        assertTrue(new RunStore(dir, json).loadAll().isEmpty());
    }
}
