package io.dtaolab.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class RunStoreRecoveryTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void runsCutOffByACrashComeBackInterruptedAndFinishedOnesAsTheyWere(@TempDir Path dir) throws Exception {
        RunStore before = new RunStore(dir, json);
        Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
        before.save(new RunRecord("r-running", "s", List.of("p"), 1, 720, 10, RunState.RUNNING, t0, t0, null, 0, null));
        before.save(new RunRecord("r-done", "s", List.of("p"), 1, 720, 0, RunState.FINISHED, t0.plusSeconds(1), t0,
                t0.plusSeconds(9), 720, null));
        Files.createDirectories(dir.resolve("not-a-run"));
        Files.writeString(dir.resolve("broken").resolve(RunStore.STATE_FILE).getParent().toFile().mkdirs() ? dir
                .resolve("broken").resolve(RunStore.STATE_FILE) : dir.resolve("x"), "{nonsense");

        List<RunRecord> loaded = new RunStore(dir, json).loadAll();

        assertEquals(List.of("r-running", "r-done", "broken"), loaded.stream().map(RunRecord::id).toList());
        assertEquals(RunState.CORRUPT, loaded.get(2).state(), "an unreadable record is listed as corrupt, not dropped");
        RunRecord cut = loaded.get(0);
        assertEquals(RunState.INTERRUPTED, cut.state());
        assertTrue(cut.error().contains("running"));
        assertEquals(RunState.FINISHED, loaded.get(1).state());
        assertTrue(Files.readString(dir.resolve("r-running").resolve(RunStore.STATE_FILE)).contains("\"interrupted\""));
    }
}
