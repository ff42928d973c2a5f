package io.dtaolab.grafana;

import java.time.Duration;

/** Polls a condition instead of sleeping a fixed time. */
final class Poll {
    interface Check {
        boolean done() throws Exception;
    }

    interface Message {
        String text() throws Exception;
    }

    private Poll() {
    }

    static void until(Duration limit, Message onTimeout, Check check) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + limit.toSeconds() + " s: " + onTimeout.text());
            }
            Thread.sleep(250);
        }
    }
}
