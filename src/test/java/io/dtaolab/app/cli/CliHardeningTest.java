package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user meets it with hostile or broken input: exit 2, one clear line, no stack trace, nothing run. */
class CliHardeningTest {
    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path strategyWithSnapshot(String netuid) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("strategies/networks"));
        List<String> lines = Files.readAllLines(PROJECT.resolve("strategies/networks/mainnet-2026-09-30.csv"));
        lines.set(3, lines.get(3).replaceFirst("^\\d+,", netuid + ","));
        Files.write(dir.resolve("net.csv"), lines);
        Path file = tmp.resolve("strategies/s.yaml");
        Files.writeString(file, """
                name: s
                seed: 1
                blocks: 20
                preset: current-2026-06
                network:
                  snapshot: networks/net.csv
                adversaries:
                  - id: a
                    type: wash-trader
                    target: 1
                    budgetTao: 100
                """);
        return file;
    }

    @Test
    void validateRefusesASnapshotNetuidThatRunCannotHold() throws Exception {
        Path file = strategyWithSnapshot("5000");
        CliProcess validate = CliProcess.run(tmp, "validate", file.toString());
        CliProcess run = CliProcess.run(tmp, "run", file.toString(), "--out", tmp.resolve("out").toString(), "--no-detectors");
        for (CliProcess p : List.of(validate, run)) {
            assertEquals(2, p.exit(), p.out() + p.err());
            assertFalse(p.hasStackTrace(), p.out() + p.err());
            assertTrue((p.out() + p.err()).contains("s.yaml:6:13: network.snapshot: bad snapshot file networks/net.csv: "
                    + "line 4: column 'netuid' out of range: 5000 (allowed 1 to 4096)"), p.out() + p.err());
        }
        assertFalse(Files.exists(tmp.resolve("out/report.json")));
    }

    @Test
    void anUnwritableOutputDirectoryIsRefusedBeforeSimulating() throws Exception {
        Path file = strategyWithSnapshot("3");
        Path blocker = Files.writeString(tmp.resolve("a-file"), "x");
        long start = System.nanoTime();
        CliProcess run = CliProcess.run(tmp, "run", file.toString(), "--blocks", "5000000", "--out", blocker.resolve("out").toString());
        assertEquals(2, run.exit(), run.out() + run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertTrue(run.err().contains("cannot write to output directory " + blocker.resolve("out")), run.err());
        assertFalse(run.err().contains("blocks/s"), "nothing simulated: " + run.err());
        assertTrue(System.nanoTime() - start < 60_000_000_000L);
    }

    @Test
    void escapeSequencesFromAHostileFileNeverReachTheTerminal() throws Exception {
        String esc = "\\e]0;owned\\a\\e[2J\\x9b31m\\r\\x08";
        Path file = Files.writeString(tmp.resolve("evil.yaml"), """
                name: evil
                seed: 1
                blocks: "%s"
                preset: current-2026-06
                network: { synthetic: { subnets: 2 } }
                "%s": 1
                """.formatted(esc, esc), StandardCharsets.UTF_8);
        for (String command : List.of("validate", "run")) {
            CliProcess p = command.equals("run") ? CliProcess.run(tmp, command, file.toString(), "--out", tmp.resolve("o").toString())
                    : CliProcess.run(tmp, command, file.toString());
            assertEquals(2, p.exit(), p.out() + p.err());
            assertTrue((p.out() + p.err()).contains("blocks: expected a number, got string"), p.out() + p.err());
            for (byte[] raw : List.of(p.rawOut(), p.rawErr())) {
                String text = new String(raw, StandardCharsets.UTF_8);
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    assertFalse(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f,
                            () -> command + " printed control character U+" + Integer.toHexString(c) + ": " + text);
                }
            }
        }
    }
}
