package io.dtaolab.app.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Worker processes of the packaged app ({@code worker --kafka}) for the distributed ITs, logging to a file. */
final class Workers {
    private Workers() {
    }

    static Process start(String bootstrap, Path log) throws Exception {
        String jar = System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> cmd = List.of(KafkaBroker.javaBin(), "-Xmx384m", "-jar", jar, "worker", "--kafka", bootstrap);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the worker's log says it started; fails when it exits or takes over 90 s. */
    static void awaitStarted(Path log, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("started in")) {
                return;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("worker exited: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("worker not started within 90 s: " + Files.readString(log));
    }
}
