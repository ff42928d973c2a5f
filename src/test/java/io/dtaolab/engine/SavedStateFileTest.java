package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a state file refuses, each with a message naming the file and the problem: truncation (in the header or the
 * payload), a damaged byte, something that is not a state file, another format version, a payload over the limit,
 * other code, and a run it was not warmed for (each mismatch named). Saving is deterministic: two warm-ups of one
 * strategy give the same bytes.
 */
class SavedStateFileTest {
    @TempDir
    Path tmp;
    private StrategySpec spec;
    private Path file;
    private byte[] bytes;

    static StrategySpec spec(String honest, String preset) {
        String yaml = """
                name: file-test
                seed: 99
                blocks: 800
                preset: %s
                warmup: 300b
                network:
                  synthetic: { subnets: 4, taoReserveTao: [1000, 60000], priceTao: [0.001, 0.06], seed: 5 }
                honest:
                  %s
                """.formatted(preset, honest);
        LoadResult r = StrategyLoader.check("file-test.yaml", yaml.getBytes(StandardCharsets.UTF_8), Path.of("strategies"));
        return assertInstanceOf(LoadResult.Valid.class, r, r::toString).spec();
    }

    @BeforeEach
    void save() throws Exception {
        spec = spec("noise-trader: { count: 20 }", "taoflow-2025-11");
        file = tmp.resolve("warm.state");
        SavedState.warmAndSave(spec, spec.mechanism(), 99, OrderingPolicy.FEE_PRIORITY, file);
        bytes = Files.readAllBytes(file);
    }

    private String refusal(byte[] content) throws Exception {
        Path f = tmp.resolve("bad.state");
        Files.write(f, content);
        StateFileException e = assertThrows(StateFileException.class, () -> SavedState.load(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        return e.getMessage();
    }

    private int headerLength() {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.indexOf("\n\n") + 2;
    }

    @Test
    void savingTheSameWarmUpTwiceGivesTheSameBytesAndLoads() throws Exception {
        Path again = tmp.resolve("again.state");
        SavedState.warmAndSave(spec, spec.mechanism(), 99, OrderingPolicy.FEE_PRIORITY, again);
        assertArrayEquals(bytes, Files.readAllBytes(again));
        SavedState s = SavedState.load(file);
        assertEquals(300, s.fingerprint().warmupBlocks());
        assertEquals(99, s.fingerprint().seed());
        assertTrue(new String(bytes, 0, headerLength(), StandardCharsets.UTF_8).startsWith(
                "dtao-stress-lab world state\nformat: 1\nstrategy: file-test\nnetwork: synthetic network (4 subnets)\n"));
    }

    @Test
    void truncatedFilesAreRefused() throws Exception {
        assertTrue(refusal(Arrays.copyOf(bytes, bytes.length - 1)).contains("is truncated: "));
        assertTrue(refusal(Arrays.copyOf(bytes, headerLength() + 10)).contains("is truncated"));
        assertTrue(refusal(Arrays.copyOf(bytes, 100)).contains("is truncated inside its header"));
        assertTrue(refusal(new byte[0]).contains("is empty"));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        assertTrue(refusal(longer).contains("3 bytes after the payload"));
    }

    @Test
    void aDamagedByteIsCaughtByTheChecksum() throws Exception {
        for (int at : new int[] {headerLength() + 5, bytes.length / 2, bytes.length - 2}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x10;
            assertTrue(refusal(damaged).contains("is damaged: its checksum is"), "byte " + at);
        }
        byte[] header = bytes.clone();
        int seedLine = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("seed: 99");
        header[seedLine + 6] = '8';
        assertTrue(refusal(header).contains("is damaged"), "an edited header");
    }

    @Test
    void otherFilesFormatsAndSizesAreRefused() throws Exception {
        assertTrue(refusal("name: not-a-state\n".getBytes(StandardCharsets.UTF_8)).contains("is not a state file"));
        assertTrue(refusal(edit("format: 1\n", "format: 2\n")).contains("is in state format 2; this build reads format 1"));
        String payload = "payload-bytes: ";
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(payload) + payload.length();
        String declared = text.substring(at, text.indexOf('\n', at));
        assertTrue(refusal(edit(payload + declared + "\n", payload + (SavedState.MAX_PAYLOAD_BYTES + 1) + "\n"))
                .contains("declares a payload of 17179869185 bytes, more than the 17179869184 allowed"));
        assertTrue(refusal(edit("seed: 99\n", "seed: ninety\n")).contains("has seed \"ninety\" in its header, not a number"));
    }

    @Test
    void aStateWrittenByOtherCodeNamesTheClassesThatChanged() throws Exception {
        SavedState s = SavedState.load(file);
        StateHeader h = s.header();
        List<String> classes = new ArrayList<>(h.classes());
        int i = 0;
        while (!classes.get(i).startsWith("io.dtaolab.chain.Network ")) {
            i++;
        }
        classes.set(i, "io.dtaolab.chain.Network " + "0".repeat(64));
        byte[] payload = Arrays.copyOfRange(bytes, headerLength(), bytes.length);
        StateHeader forged = new StateHeader(h.format(), h.fingerprint(), h.chainBlock(), h.codeSha256(), classes,
                h.payloadBytes(), h.deflatedBytes(), "", 0).withChecksum(MessageDigest.getInstance("SHA-256").digest(payload));
        byte[] head = forged.text().getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        String m = refusal(all);
        assertTrue(m.contains("was written by other code: 1 class(es) differ from this build (io.dtaolab.chain.Network)"), m);
    }

    @Test
    void aRunTheStateWasNotWarmedForIsRefusedWithEveryMismatch() {
        SavedState s = SavedState.load(file);
        s.requireFits(spec, spec.mechanism(), 99, OrderingPolicy.FEE_PRIORITY);
        StateFileException e = assertThrows(StateFileException.class,
                () -> s.requireFits(spec, spec.mechanism(), 100, OrderingPolicy.FIFO));
        assertTrue(e.getMessage().startsWith(file + ": was warmed for another run than file-test under taoflow-2025-11, seed 100: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("seed: the state has 99, the run 100; ordering: the state has FEE_PRIORITY, the run FIFO"),
                e.getMessage());
        StrategySpec other = spec("noise-trader: { count: 21 }", "netflow-2026-05");
        List<String> m = s.mismatches(other, other.mechanism(), 99, OrderingPolicy.FEE_PRIORITY);
        assertEquals(2, m.size(), m::toString);
        assertTrue(m.get(0).startsWith("honest population: the state has noise-trader x20 (20 agents) (sha256 "), m.get(0));
        assertTrue(m.get(1).startsWith("mechanism: the state has taoflow-2025-11 (sha256 "), m.get(1));
        assertTrue(m.get(1).contains("the run netflow-2026-05"), m.get(1));
        Mechanism overridden = spec.mechanism().override(java.util.Map.of("feeRateU16", 100));
        assertTrue(s.mismatches(spec, overridden, 99, OrderingPolicy.FEE_PRIORITY).get(0)
                .contains("with other parameter values (overrides)"));
    }

    @Test
    void everyShippedStrategyHasAFingerprint() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("strategies"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                LoadResult r = StrategyLoader.check(f.toString(), Files.readAllBytes(f), Path.of("strategies"));
                if (r instanceof LoadResult.Valid v) {
                    for (Mechanism m : v.spec().mechanisms()) {
                        StateFingerprint fp = StateFingerprint.of(v.spec(), m, v.spec().seed(), OrderingPolicy.FEE_PRIORITY);
                        assertEquals(64, fp.networkSha256().length(), f.toString());
                    }
                }
            }
        }
    }

    private byte[] edit(String from, String to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from), from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.ISO_8859_1);
    }
}
