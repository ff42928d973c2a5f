package io.dtaolab.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real {@code LabMain} in a child JVM (the test's class path), as a user runs it: exit code, stdout, stderr. */
record CliProcess(int exit, String out, String err, byte[] rawOut, byte[] rawErr) {

    static CliProcess run(Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "io.dtaolab.app.cli.LabMain"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).start();
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("lab " + String.join(" ", args) + " did not end within 120 s");
            }
            byte[] o = out.get(10, TimeUnit.SECONDS);
            byte[] e = err.get(10, TimeUnit.SECONDS);
            return new CliProcess(p.exitValue(), new String(o, StandardCharsets.UTF_8), new String(e, StandardCharsets.UTF_8), o, e);
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    boolean hasStackTrace() {
        return (out + err).contains("\tat ") || (out + err).contains("Exception");
    }

    private static byte[] drain(InputStream in) {
        try (in; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
