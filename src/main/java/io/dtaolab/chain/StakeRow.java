package io.dtaolab.chain;

import java.util.Arrays;

/**
 * One coldkey's stake positions as read in one pass ({@link Network#stakesOf}): every position it holds shares of, in
 * ascending (netuid, hotkey) order, with its value now (exactly {@link Network#stake}; 0 for dust shares). A position
 * missing here holds no shares. Reused by its owner across reads; valid until the next read or stake change.
 */
public final class StakeRow {
    private long[] keys = new long[16];
    private long[] values = new long[16];
    private int size;

    void clear() {
        size = 0;
    }

    void add(long key, long value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            values = Arrays.copyOf(values, 2 * size);
        }
        keys[size] = key;
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    /** Position {@code i}'s key {@link #key(int, int) key(hotkey, netuid)}: ascending along the row. */
    public long key(int i) {
        return keys[i];
    }

    /** The first index from {@code from} on whose key is at least {@code key}, or {@link #size()}: a merge walk's step. */
    public int seek(int from, long key) {
        int i = from;
        while (i < size && keys[i] < key) {
            i++;
        }
        return i;
    }

    public int netuid(int i) {
        return (int) (keys[i] >>> HOTKEY_BITS);
    }

    public int hotkey(int i) {
        return (int) (keys[i] & MAX_HOTKEY);
    }

    public long value(int i) {
        return values[i];
    }

    static final int HOTKEY_BITS = 24;
    /** The largest hotkey id a position can have. */
    public static final int MAX_HOTKEY = (1 << HOTKEY_BITS) - 1;

    /** A position's key: netuid in the high bits, so keys sort by netuid, then hotkey; below 2^37. */
    public static long key(int hotkey, int netuid) {
        return ((long) netuid << HOTKEY_BITS) | hotkey;
    }
}
