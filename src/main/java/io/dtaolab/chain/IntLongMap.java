package io.dtaolab.chain;

import java.util.Arrays;

/**
 * int → long hash map with open addressing (linear probing, no boxing), for share pools with thousands of
 * holders that agents look up on every trade. Each key sits next to its value in one array, so a lookup touches
 * one cache line; the table is kept at most half full so probe runs stay short. Keys are non-negative;
 * {@link #keysSorted()} gives a deterministic traversal order.
 */
final class IntLongMap {
    private static final long EMPTY = -1;
    /** slot i: table[2i] = key (EMPTY if free), table[2i + 1] = value. */
    private long[] table = emptyTable(8);
    private int size;

    private static long[] emptyTable(int slots) {
        long[] t = new long[2 * slots];
        for (int i = 0; i < t.length; i += 2) {
            t[i] = EMPTY;
        }
        return t;
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Index (into table) of the key's slot, or of the free slot where it would go. */
    private int slot(int key) {
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        int i = mix(key) & mask;
        long k;
        while ((k = t[2 * i]) != EMPTY && k != key) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    /** The value, or 0 when absent. */
    long get(int key) {
        int i = slot(key);
        return table[i] == key ? table[i + 1] : 0;
    }

    boolean containsKey(int key) {
        return table[slot(key)] == key;
    }

    void put(int key, long value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key");
        }
        int i = slot(key);
        if (table[i] == EMPTY) {
            if ((size + 1) * 2 > table.length >> 1) {
                grow();
                i = slot(key);
            }
            table[i] = key;
            size++;
        }
        table[i + 1] = value;
    }

    void add(int key, long delta) {
        int i = slot(key);
        if (table[i] == key) {
            table[i + 1] += delta;
        } else {
            put(key, delta);
        }
    }

    void remove(int key) {
        int i = slot(key);
        if (table[i] != key) {
            return;
        }
        table[i] = EMPTY;
        size--;
        // re-insert the rest of the probe run so lookups never stop at the hole
        int mask = table.length - 1;
        for (int j = (i + 2) & mask; table[j] != EMPTY; j = (j + 2) & mask) {
            int k = (int) table[j];
            long v = table[j + 1];
            table[j] = EMPTY;
            int t = slot(k);
            table[t] = k;
            table[t + 1] = v;
        }
    }

    void clear() {
        for (int i = 0; i < table.length; i += 2) {
            table[i] = EMPTY;
        }
        size = 0;
    }

    int size() {
        return size;
    }

    /** Multiplies every value by a factor (share rescaling). */
    void scaleAll(long factor) {
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != EMPTY) {
                table[i + 1] *= factor;
            }
        }
    }

    int[] keysSorted() {
        int[] out = new int[size];
        int n = 0;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != EMPTY) {
                out[n++] = (int) table[i];
            }
        }
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = table;
        table = emptyTable(old.length); // twice the slots
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int t = slot((int) old[i]);
                table[t] = old[i];
                table[t + 1] = old[i + 1];
            }
        }
    }
}
