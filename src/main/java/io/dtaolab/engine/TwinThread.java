package io.dtaolab.engine;

import java.util.concurrent.locks.LockSupport;

/**
 * Steps the twin world on its own thread while the run's thread steps the attack world. The twin never reads the
 * attack world, so each world still has exactly one writer and the same blocks give the same bytes in any
 * interleaving. The run's thread grants blocks one tempo at a time ({@link #grantThrough}); between grants the twin
 * is idle, so the tempo-boundary work may read both worlds. Within a tempo either world may run ahead of the other;
 * {@link #awaitThrough} is the meeting point at the tempo boundary, {@link #done} the non-blocking look at how far
 * the twin got.
 */
final class TwinThread implements AutoCloseable {
    /**
     * Spins before parking: short, because the worlds meet only at tempo boundaries now and the one that arrives
     * first usually waits for hundreds of blocks of the other; CPU burnt spinning is CPU the other world and the JIT
     * cannot use on 2 cores. The twin unparks a parked waiter when it gets there.
     */
    private static final int SPINS = 200;

    private final World twin;
    private final TempoRecorder recorder;
    private final int target;
    private final double[] targetShare;
    private final Thread thread;
    private volatile long granted;
    private volatile long done;
    private volatile boolean stop;
    private volatile Throwable failure;
    /** The run's thread while it is parked in {@link #awaitThrough} for block index {@link #awaited}. */
    private volatile Thread waiter;
    private volatile long awaited;
    private final java.util.function.LongPredicate valueAt;
    /** Test hook (null in runs): called on the twin's thread before each block it steps. */
    private final java.util.function.LongConsumer beforeBlock;
    /** The honest agents' value at spot after block {@link #valueBlock} (written before {@link #done} moves past it). */
    private double honestValue;
    private long valueBlock = -1;

    /**
     * {@code alreadyDone}: block indices the twin has (as the shared prefix) before this thread takes it over;
     * {@code valueAt}: the block indices after which the twin values its honest agents at spot on this thread;
     * {@code beforeBlock}: a test hook called on this thread before each block index it steps, or null.
     */
    TwinThread(World twin, TempoRecorder recorder, int target, int tempo, long alreadyDone,
               java.util.function.LongPredicate valueAt, java.util.function.LongConsumer beforeBlock) {
        this.twin = twin;
        this.beforeBlock = beforeBlock;
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
        for (int spins = 0; done < i && spins < SPINS; spins++) {
            rethrowFailure();
            Thread.onSpinWait();
        }
        if (done >= i) {
            return;
        }
        awaited = i;
        waiter = Thread.currentThread();
        try {
            while (done < i) {
                rethrowFailure();
                LockSupport.park(this);
            }
        } finally {
            waiter = null;
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("twin world: " + f.getMessage(), f);
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

    /**
     * After {@link #stop}: steps the twin on the calling thread through block index {@code last} (a cancelled run
     * whose attack world was ahead brings the twin to the same block), recording what the thread would have.
     */
    void finishThrough(long last) {
        if (thread.isAlive()) {
            throw new IllegalStateException("the twin thread still runs");
        }
        for (long i = done + 1; i <= last; i++) {
            stepOne(i);
        }
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
                    LockSupport.park(this); // grantThrough and stop unpark
                    continue;
                }
                if (beforeBlock != null) {
                    beforeBlock.accept(i + 1);
                }
                stepOne(++i);
                Thread w = waiter;
                if (w != null && i >= awaited) {
                    LockSupport.unpark(w);
                }
            }
        } catch (Throwable t) {
            failure = t;
            Thread w = waiter;
            if (w != null) {
                LockSupport.unpark(w);
            }
        }
    }

    private void stepOne(long i) {
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
}
