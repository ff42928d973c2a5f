package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run never overwrites the first one's directory unless asked to; Ctrl-C exits 130 with a report. */
class RunDirectoryCommandTest {
    @TempDir
    Path tmp;

    private Path strategy() throws Exception {
        Path file = tmp.resolve("small.yaml");
        try (var in = RunDirectoryCommandTest.class.getResourceAsStream("/service/small.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void anExistingRunDirectoryGetsANumberedSiblingUnlessForced() throws Exception {
        strategy();
        Path first = tmp.resolve("runs/service-small-7");
        CliProcess a = CliProcess.run(tmp, "run", "small.yaml", "--blocks", "40", "--no-detectors");
        assertEquals(0, a.exit(), a.err());
        byte[] firstReport = Files.readAllBytes(first.resolve("report.json"));

        CliProcess b = CliProcess.run(tmp, "run", "small.yaml", "--blocks", "60", "--no-detectors");
        assertEquals(0, b.exit(), b.err());
        Path second = tmp.resolve("runs/service-small-7-2");
        assertTrue(Files.isRegularFile(second.resolve("report.json")), b.out() + b.err());
        assertTrue(b.err().contains("runs/service-small-7 already holds a run; writing to runs/service-small-7-2"), b.err());
        assertTrue(b.out().contains(second.toAbsolutePath().toString()), b.out());
        assertArrayEquals(firstReport, Files.readAllBytes(first.resolve("report.json")), "the first run is untouched");

        CliProcess forced = CliProcess.run(tmp, "run", "small.yaml", "--blocks", "60", "--no-detectors", "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(Files.exists(tmp.resolve("runs/service-small-7-3")));
        assertFalse(java.util.Arrays.equals(firstReport, Files.readAllBytes(first.resolve("report.json"))),
                "--force overwrote the first directory");
    }

    @Test
    void ctrlCExits130WithTheInterruptedReportWritten() throws Exception {
        strategy();
        List<String> cmd = new ArrayList<>(List.of(
                // a test runner started in the background may hand down SIGINT ignored; a user's terminal does not
                "env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.dtaolab.app.cli.LabMain",
                "run", "small.yaml", "--blocks", "5000000", "--no-detectors"));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile()).start();
        try {
            Path dir = tmp.resolve("runs/service-small-7");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.isDirectory(dir) && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000); // into the block loop
            assertTrue(p.isAlive(), () -> "the run ended before it could be interrupted: " + read(tmp.resolve("out.txt")));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop after SIGINT");
            String out = read(tmp.resolve("out.txt"));
            assertEquals(RunCommand.INTERRUPTED, p.exitValue(), out);
            assertEquals(130, p.exitValue());
            assertTrue(out.contains("Interrupted after"), out);
            assertTrue(Files.readString(dir.resolve("manifest.json")).replace(" ", "").contains("\"state\":\"interrupted\""),
                    () -> "manifest marked interrupted: " + read(dir.resolve("manifest.json")));
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
