package io.dtaolab.chain;

import java.util.Arrays;

/**
 * The holder side of the share pools: per coldkey one primitive array of its (position, shares) entries, sorted by
 * position key ({@link StakeBook#positionKey}: netuid, then hotkey). Agents read their own positions (a trader every
 * stake it holds, the marking every position of every agent), so all of a coldkey's reads touch the same few cache
 * lines, and a reader that wants them all walks the row once in netuid order ({@link StakeBook#stakesOf}). Each entry
 * also keeps the coldkey's slot in its pool's holder list (see {@link SharePools}), so a holder leaves a pool in O(1).
 */
final class HolderShares {
    private static final long[] NONE = new long[0];
    static final int SLOT_BITS = 27;
    static final int MAX_SLOT = (1 << SLOT_BITS) - 1;
    /** rows[c]: entry i is [2i] = position key << SLOT_BITS | slot in the pool's holder list, [2i + 1] = shares (> 0). */
    private long[][] rows = new long[0][];
    private int[] counts = new int[0];

    /** Index of the coldkey's entry for the position, or -(insertion point) - 1 if it holds no shares of it. */
    int find(int coldkey, long key) {
        if (coldkey >= counts.length) {
            return -1;
        }
        long[] row = rows[coldkey];
        int n = counts[coldkey];
        if (n == 0) {
            return -1;
        }
        // a search whose steps depend only on the row length, with a conditional move for the data-dependent choice:
        // a coldkey's reads hit random pools of its row, so the classic search's branches were mispredicted
        int base = 0;
        while (n > 1) {
            int half = n >>> 1;
            base = row[2 * (base + half)] >>> SLOT_BITS <= key ? base + half : base;
            n -= half;
        }
        long k = row[2 * base] >>> SLOT_BITS;
        return k == key ? base : -(k < key ? base + 1 : base) - 1;
    }

    /**
     * The first word of the coldkey's row (0 if it has none): a read that only brings the row into the cache, so a
     * caller can start the cache misses of several coldkeys at once before it works on them one by one.
     */
    long touch(int coldkey) {
        return coldkey < counts.length && counts[coldkey] > 0 ? rows[coldkey][0] : 0;
    }

    /** How many positions the coldkey holds shares of. */
    int count(int coldkey) {
        return coldkey < counts.length ? counts[coldkey] : 0;
    }

    /** The coldkey's row (entries as described at {@link #rows}); valid until the next change. */
    long[] row(int coldkey) {
        return rows[coldkey];
    }

    static long keyOfEntry(long[] row, int entry) {
        return row[2 * entry] >>> SLOT_BITS;
    }

    static long sharesOfEntry(long[] row, int entry) {
        return row[2 * entry + 1];
    }

    long sharesAt(int coldkey, int entry) {
        return rows[coldkey][2 * entry + 1];
    }

    void setSharesAt(int coldkey, int entry, long shares) {
        rows[coldkey][2 * entry + 1] = shares;
    }

    int slotAt(int coldkey, int entry) {
        return (int) (rows[coldkey][2 * entry] & MAX_SLOT);
    }

    void setSlotAt(int coldkey, int entry, int slot) {
        long[] row = rows[coldkey];
        row[2 * entry] = (row[2 * entry] & ~(long) MAX_SLOT) | slot;
    }

    /** Adds an entry where {@link #find} said it belongs ({@code at} = its -(insertion point) - 1). */
    void insert(int coldkey, int at, long key, int slot, long shares) {
        if (slot > MAX_SLOT) {
            throw new IllegalStateException("more than " + MAX_SLOT + " holders in one pool");
        }
        if (coldkey >= counts.length) {
            int old = counts.length;
            int size = Math.max(coldkey + 1, old * 2);
            counts = Arrays.copyOf(counts, size);
            rows = Arrays.copyOf(rows, size);
            Arrays.fill(rows, old, size, NONE);
        }
        int i = -at - 1;
        int n = counts[coldkey];
        long[] row = rows[coldkey];
        if (2 * n == row.length) {
            row = Arrays.copyOf(row, Math.max(4, 2 * row.length));
            rows[coldkey] = row;
        }
        System.arraycopy(row, 2 * i, row, 2 * i + 2, 2 * (n - i));
        row[2 * i] = (key << SLOT_BITS) | slot;
        row[2 * i + 1] = shares;
        counts[coldkey] = n + 1;
    }

    void removeAt(int coldkey, int entry) {
        int n = counts[coldkey] - 1;
        long[] row = rows[coldkey];
        System.arraycopy(row, 2 * entry + 2, row, 2 * entry, 2 * (n - entry));
        counts[coldkey] = n;
    }
}
