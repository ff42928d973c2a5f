package io.dtaolab.app.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping child processes by their handle (their PID), politely first. */
final class Processes {
    private Processes() {
    }

    static void stop(Process p, Duration grace) {
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
