package io.dtaolab.engine;

import java.util.concurrent.locks.LockSupport;

/**
 * Steps the twin world on its own thread while the run's thread steps the attack world. The twin never reads the
 * attack world, so each world still has exactly one writer and the same blocks give the same bytes in any
 * interleaving. The run's thread grants blocks one tempo at a time ({@link #grantThrough}); between grants the twin
 * is idle, so the tempo-boundary work may read both worlds. {@link #awaitThrough} is the meeting point.
 */
final class TwinThread implements AutoCloseable {
    /** Spins before parking: a block takes tens of microseconds, so the other side is usually almost there. */
    private static final int SPINS = 2_000;
    private static final long PARK_NANOS = 20_000;

    private final World twin;
    private final TempoRecorder recorder;
    private final int target;
    private final double[] targetShare;
    private final Thread thread;
    private volatile long granted;
    private volatile long done;
    private volatile boolean stop;
    private volatile Throwable failure;
    private final java.util.function.LongPredicate valueAt;
    /** The honest agents' value at spot after block {@link #valueBlock} (written before {@link #done} moves past it). */
    private double honestValue;
    private long valueBlock = -1;

    /**
     * {@code alreadyDone}: block indices the twin has (as the shared prefix) before this thread takes it over;
     * {@code valueAt}: the block indices after which the twin values its honest agents at spot on this thread.
     */
    TwinThread(World twin, TempoRecorder recorder, int target, int tempo, long alreadyDone,
               java.util.function.LongPredicate valueAt) {
        this.twin = twin;
        this.valueAt = valueAt;
        this.granted = alreadyDone;
        this.done = alreadyDone;
        this.recorder = recorder;
        this.target = target;
        this.targetShare = new double[tempo];
        this.thread = new Thread(this::loop, Thread.currentThread().getName() + "-twin");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the twin step up to and including block index {@code last}. */
    void grantThrough(long last) {
        granted = last;
        LockSupport.unpark(thread);
    }

    /** Waits until the twin has stepped block index {@code i}; rethrows what stopped the twin thread. */
    void awaitThrough(long i) {
        int spins = 0;
        while (done < i) {
            Throwable f = failure;
            if (f != null) {
                throw new IllegalStateException("twin world: " + f.getMessage(), f);
            }
            if (spins++ < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(PARK_NANOS);
            }
        }
    }

    /** The twin's emission share of the target at block index {@code i} (already stepped, within the granted tempo). */
    double targetShare(long i) {
        return targetShare[(int) ((i - 1) % targetShare.length)];
    }

    /** The twin's honest value at spot after block index {@code i} (awaited), or NaN when it was not taken there. */
    double honestValueAfter(long i) {
        return valueBlock == i ? honestValue : Double.NaN;
    }

    /** Blocks the twin has stepped. */
    long done() {
        return done;
    }

    /** Stops the twin at its next block boundary and waits for the thread to end; returns the blocks it stepped. */
    long stop() throws InterruptedException {
        stop = true;
        LockSupport.unpark(thread);
        thread.join();
        return done;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void loop() {
        try {
            long i = done;
            while (!stop) {
                if (i >= granted) {
                    LockSupport.parkNanos(PARK_NANOS);
                    continue;
                }
                i++;
                twin.step();
                recorder.afterBlock();
                if (target > 0) {
                    targetShare[(int) ((i - 1) % targetShare.length)] = twin.network().emissionShare(target);
                }
                if (valueAt.test(i)) {
                    honestValue = twin.honestValueAtSpot();
                    valueBlock = i;
                }
                done = i;
            }
        } catch (Throwable t) {
            failure = t;
        }
    }
}
