package io.dtaolab.app.runs;

/**
 * Blocks per second over the last few seconds (not since the start, so pauses and speed changes show at once).
 * Written by the run thread, read by anyone.
 */
final class RateMeter {
    private static final long WINDOW_NANOS = 2_000_000_000L;
    private long windowStartNanos = System.nanoTime();
    private long windowStartBlocks;
    private volatile double rate;

    void observe(long blocksDone, long nowNanos) {
        long elapsed = nowNanos - windowStartNanos;
        if (elapsed >= WINDOW_NANOS) {
            rate = (blocksDone - windowStartBlocks) * 1e9 / elapsed;
            windowStartNanos = nowNanos;
            windowStartBlocks = blocksDone;
        } else if (rate == 0 && elapsed > 100_000_000L) {
            rate = (blocksDone - windowStartBlocks) * 1e9 / elapsed;
        }
    }

    double rate() {
        return rate;
    }
}
