package io.dtaolab.engine;

/**
 * Commands from outside the run's thread: cancel, pause/resume and pace (blocks per second, 0 = as fast as
 * possible). The writer thread polls it once per block; nothing else touches the worlds.
 */
public final class RunControl {
    private volatile boolean cancelled;
    private volatile boolean paused;
    private volatile double blocksPerSecond;
    /** Pace is measured from this anchor; a resume or a new pace re-anchors so the run never bursts to catch up. */
    private volatile boolean reanchor = true;
    private long anchorBlocks;
    private long anchorNanos;

    public void cancel() {
        cancelled = true;
        synchronized (this) {
            notifyAll();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        reanchor = true;
        synchronized (this) {
            notifyAll();
        }
    }

    public boolean paused() {
        return paused;
    }

    public void pace(double blocksPerSecond) {
        if (!(blocksPerSecond >= 0) || Double.isInfinite(blocksPerSecond)) {
            throw new IllegalArgumentException("pace must be ≥ 0 blocks per second (0 = max)");
        }
        this.blocksPerSecond = blocksPerSecond;
        reanchor = true;
        synchronized (this) {
            notifyAll();
        }
    }

    public double pace() {
        return blocksPerSecond;
    }

    /** Blocks while paused; sleeps to keep the pace. Returns false when cancelled. */
    boolean awaitTurn(long blocksDone, long startNanos) throws InterruptedException {
        // only volatile reads unless paused: a sweep's workers share one control, and a lock taken by every worker on
        // every block made them queue for it
        if (paused) {
            synchronized (this) {
                while (paused && !cancelled) {
                    wait(200);
                }
            }
        }
        double pace = blocksPerSecond;
        if (reanchor) {
            reanchor = false;
            anchorBlocks = blocksDone;
            anchorNanos = blocksDone == 0 ? startNanos : System.nanoTime();
        }
        if (pace > 0 && !cancelled) {
            long due = anchorNanos + (long) ((blocksDone - anchorBlocks) / pace * 1e9);
            long waitNanos = due - System.nanoTime();
            if (waitNanos > 0) {
                synchronized (this) {
                    wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                }
            }
        }
        return !cancelled;
    }
}
