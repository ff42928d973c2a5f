package io.dtaolab.app.api;

import java.time.Duration;

/** Starts the small fixture run at full speed and waits for it to finish. */
public final class TestRuns {
    private TestRuns() {
    }

    public static void await(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        Await.until(timeout, what, condition);
    }

    public static String startAndFinish() {
        String id = Fixtures.start("max");
        Fixtures.awaitState(id, "finished", Duration.ofSeconds(60));
        return id;
    }
}
