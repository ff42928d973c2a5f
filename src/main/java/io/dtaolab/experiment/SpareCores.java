package io.dtaolab.experiment;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The cores a pool of one-thread runs leaves idle once its queue is empty: {@code threads} in all, one per running
 * run and one per twin moved to its own thread. A run's {@link Lease} is the {@code spareCore} its run asks at each
 * tempo boundary ({@link io.dtaolab.engine.Run#twinThreadWhen}); a yes reserves the core for the rest of that run.
 */
public final class SpareCores {
    private final int threads;
    private final AtomicInteger unstarted;
    private final AtomicInteger busy = new AtomicInteger();

    public SpareCores(int runs, int threads) {
        this.threads = threads;
        this.unstarted = new AtomicInteger(runs);
    }

    /** A run starts on a pool thread. */
    public Lease start() {
        busy.incrementAndGet(); // before unstarted moves, so no one sees an empty queue and a core too many
        unstarted.decrementAndGet();
        return new Lease();
    }

    /** One run's claim: its own core, and a second one if it was granted. */
    public final class Lease implements BooleanSupplier {
        private boolean twin;

        /** Whether the run may move its twin to its own thread now; yes reserves a core until {@link #end}. */
        @Override
        public boolean getAsBoolean() {
            if (twin || unstarted.get() > 0) {
                return false;
            }
            for (int b = busy.get(); b < threads; b = busy.get()) {
                if (busy.compareAndSet(b, b + 1)) {
                    twin = true;
                    return true;
                }
            }
            return false;
        }

        /** The run ended: its cores are free. */
        public void end() {
            busy.addAndGet(twin ? -2 : -1);
        }
    }
}
