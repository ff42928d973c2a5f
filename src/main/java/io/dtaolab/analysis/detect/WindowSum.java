package io.dtaolab.analysis.detect;

/**
 * The sum of the values added in the last {@code window} blocks, with exactly the bits of a running sum that, at
 * each add, first subtracts the values that left the window (oldest first) and then adds the new one. That running
 * sum is brought up to date only when read or when the ring of (block, value bits) pairs is full: an add just
 * appends, and the catch-up replays the same subtractions and additions in the same order, reading the ring front
 * to back instead of its far end at every add (a cache miss per trade on a busy subnet).
 */
class WindowSum {
    private final long window;
    /** Pairs (block, value bits) from {@link #head}: {@link #summed} of them already in {@link #sum}, then the pending ones. */
    private long[] ring = new long[32];
    private int head;
    private int size;
    private int summed;
    private double sum;

    WindowSum(long window) {
        this.window = window;
    }

    /** Adds {@code value} at {@code block} (blocks never decrease). */
    void add(long block, double value) {
        if (size == ring.length / 2) {
            // full: catch up, which drops what left the window; grow only if that leaves it more than half full
            catchUp();
            if (size * 2 > ring.length / 2) {
                grow();
            }
        }
        int at = 2 * ((head + size) & (ring.length / 2 - 1));
        ring[at] = block;
        ring[at + 1] = Double.doubleToRawLongBits(value);
        size++;
    }

    private void grow() {
        int mask = ring.length / 2 - 1;
        long[] v = new long[ring.length * 2];
        for (int i = 0; i < size; i++) {
            int from = 2 * ((head + i) & mask);
            v[2 * i] = ring[from];
            v[2 * i + 1] = ring[from + 1];
        }
        ring = v;
        head = 0;
    }

    /** Entries the ring has room for (it grows only while the window holds more than half of them). */
    int capacity() {
        return ring.length / 2;
    }

    /** The sum over the window ending at the latest add. */
    double sum() {
        catchUp();
        return sum;
    }

    /** Replays the pending adds in order: each drops the summed values older than the window, then adds itself. */
    private void catchUp() {
        int mask = ring.length / 2 - 1;
        while (summed < size) {
            int at = 2 * ((head + summed) & mask);
            long now = ring[at];
            while (summed > 0 && now - ring[2 * head] > window) {
                sum -= Double.longBitsToDouble(ring[2 * head + 1]);
                head = (head + 1) & mask;
                size--;
                summed--;
            }
            sum += Double.longBitsToDouble(ring[at + 1]);
            summed++;
        }
    }
}
