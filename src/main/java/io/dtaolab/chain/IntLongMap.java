package io.dtaolab.chain;

import java.util.Arrays;

/**
 * int → long hash map with open addressing (linear probing, no boxing), for share pools with thousands of
 * holders that agents look up on every trade. Keys are non-negative; {@link #keysSorted()} gives a deterministic
 * traversal order.
 */
final class IntLongMap {
    private static final int EMPTY = -1;
    private int[] keys = new int[8];
    private long[] values = new long[8];
    private int size;

    IntLongMap() {
        Arrays.fill(keys, EMPTY);
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The value, or 0 when absent. */
    long get(int key) {
        int i = slot(key);
        return keys[i] == key ? values[i] : 0;
    }

    boolean containsKey(int key) {
        return keys[slot(key)] == key;
    }

    void put(int key, long value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key");
        }
        int i = slot(key);
        if (keys[i] == EMPTY) {
            if ((size + 1) * 4 > keys.length * 3) {
                grow();
                i = slot(key);
            }
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    void add(int key, long delta) {
        put(key, get(key) + delta);
    }

    void remove(int key) {
        int i = slot(key);
        if (keys[i] != key) {
            return;
        }
        keys[i] = EMPTY;
        size--;
        // re-insert the rest of the probe run so lookups never stop at the hole
        int mask = keys.length - 1;
        for (int j = (i + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int k = keys[j];
            long v = values[j];
            keys[j] = EMPTY;
            int t = slot(k);
            keys[t] = k;
            values[t] = v;
        }
    }

    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    int size() {
        return size;
    }

    /** Multiplies every value by a factor (share rescaling). */
    void scaleAll(long factor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                values[i] *= factor;
            }
        }
    }

    int[] keysSorted() {
        int[] out = new int[size];
        int n = 0;
        for (int k : keys) {
            if (k != EMPTY) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int t = slot(oldKeys[i]);
                keys[t] = oldKeys[i];
                values[t] = oldValues[i];
            }
        }
    }
}
