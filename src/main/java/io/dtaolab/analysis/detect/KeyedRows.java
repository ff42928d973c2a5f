package io.dtaolab.analysis.detect;

import java.util.Arrays;

/**
 * Detector state by key (a coldkey or an actor id, never negative) as rows of a few fields stored densely in one
 * {@code long[]} (the key, then the fields), found through a compact index: open addressing with linear probing over
 * (key, row number) pairs, at most half full, so a probe reads one 64-byte line of the index (four pairs) and then
 * the row itself, however wide the rows are (a probe run over inline wide rows crossed a line per slot). No object per
 * entry and no allocation per trade. Fields are longs; a double field holds its bits ({@link #getDouble}). Removal
 * empties the index slot by backward shift (no tombstones) and moves the last row into the gap; {@link #retain} and
 * {@link #shrinkIfSparse} shrink a table that has become mostly empty. A row is addressed by the offset {@link #find}
 * returns, valid until the next {@link #remove}, {@link #removeRow}, {@link #retain} or {@link #shrinkIfSparse}. It
 * has no iteration order: not for state whose order matters.
 */
final class KeyedRows {
    /** Which rows {@link #retain} keeps. */
    interface RowTest {
        boolean keep(KeyedRows rows, int row);
    }

    private static final int MIN_SLOTS = 16;

    private final long[] fresh;
    private final int stride;
    /** Per slot a pair: key + 1 (0 = empty slot), the row's number. */
    private long[] index;
    private int mask;
    /** Row i at {@code i * stride}: its key, then its fields; rows 0 .. size - 1 are in use. */
    private long[] rows;
    private int size;

    /** {@code freshRow}: the fields of a row made for a key not seen before. */
    KeyedRows(long... freshRow) {
        this.fresh = freshRow.clone();
        this.stride = freshRow.length + 1;
        this.index = new long[2 * MIN_SLOTS];
        this.mask = MIN_SLOTS - 1;
        this.rows = new long[MIN_SLOTS / 2 * stride];
    }

    int size() {
        return size;
    }

    /** The offset of the key's row, or -1 when it has none. */
    int find(long key) {
        if (key < 0) {
            return -1;
        }
        long stored = key + 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            long k = index[2 * s];
            if (k == stored) {
                return (int) index[2 * s + 1] * stride + 1;
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The offset of the key's row, a fresh one added when it has none. */
    int findOrAdd(long key) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        long stored = key + 1;
        int s = slot(key, mask);
        for (; ; s = (s + 1) & mask) {
            long k = index[2 * s];
            if (k == stored) {
                return (int) index[2 * s + 1] * stride + 1;
            }
            if (k == 0) {
                break;
            }
        }
        if ((size + 1) * 2 > mask + 1) {
            reindex(2 * (mask + 1));
            return findOrAdd(key);
        }
        if ((size + 1) * stride > rows.length) {
            rows = Arrays.copyOf(rows, 2 * rows.length);
        }
        int o = size * stride;
        rows[o] = key;
        System.arraycopy(fresh, 0, rows, o + 1, fresh.length);
        index[2 * s] = stored;
        index[2 * s + 1] = size;
        size++;
        return o + 1;
    }

    long get(int row, int field) {
        return rows[row + field];
    }

    void set(int row, int field, long value) {
        rows[row + field] = value;
    }

    double getDouble(int row, int field) {
        return Double.longBitsToDouble(rows[row + field]);
    }

    void setDouble(int row, int field, double value) {
        rows[row + field] = Double.doubleToRawLongBits(value);
    }

    /** Field {@code field}'s value in a fresh row. */
    long freshField(int field) {
        return fresh[field];
    }

    /** Whether every field of the row at {@code row} holds its fresh value. */
    boolean isFresh(int row) {
        for (int f = 0; f < fresh.length; f++) {
            if (rows[row + f] != fresh[f]) {
                return false;
            }
        }
        return true;
    }

    /** The key of the row at {@code row}. */
    long key(int row) {
        return rows[row - 1];
    }

    void remove(long key) {
        int row = find(key);
        if (row >= 0) {
            removeRow(row);
        }
    }

    /** Removes the row at offset {@code row} (from {@link #find} or {@link #findOrAdd}); the last row takes its place. */
    void removeRow(int row) {
        int r = (row - 1) / stride;
        removeSlot(slotOf(rows[row - 1]));
        size--;
        if (r != size) {
            System.arraycopy(rows, size * stride, rows, r * stride, stride);
            index[2 * slotOf(rows[r * stride]) + 1] = r;
        }
    }

    /** Drops the rows {@code keep} rejects (a row moved into a dropped one's place is examined in turn). */
    void retain(RowTest keep) {
        for (int r = 0; r < size; ) {
            if (keep.keep(this, r * stride + 1)) {
                r++;
            } else {
                removeRow(r * stride + 1);
            }
        }
        shrinkIfSparse();
    }

    /** Gives the memory back when most rows are gone (the index is then under an eighth full). */
    void shrinkIfSparse() {
        if (mask + 1 > 64 && size * 8 < mask + 1) {
            int capacity = MIN_SLOTS;
            while (capacity < size * 2 + 2) {
                capacity <<= 1;
            }
            rows = Arrays.copyOf(rows, Math.max(capacity / 2, size) * stride);
            reindex(capacity);
        }
    }

    /** The index slot holding {@code key} (which has a row). */
    private int slotOf(long key) {
        long stored = key + 1;
        int s = slot(key, mask);
        while (index[2 * s] != stored) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Empties a slot by backward shift: later pairs of its probe run move up unless their home slot lies after it. */
    private void removeSlot(int gap) {
        for (int j = (gap + 1) & mask; index[2 * j] != 0; j = (j + 1) & mask) {
            int home = slot(index[2 * j] - 1, mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                index[2 * gap] = index[2 * j];
                index[2 * gap + 1] = index[2 * j + 1];
                gap = j;
            }
        }
        index[2 * gap] = 0;
    }

    /** Rebuilds the index with {@code capacity} slots from the rows. */
    private void reindex(int capacity) {
        long[] next = new long[2 * capacity];
        int nextMask = capacity - 1;
        for (int r = 0; r < size; r++) {
            long key = rows[r * stride];
            int t = slot(key, nextMask);
            while (next[2 * t] != 0) {
                t = (t + 1) & nextMask;
            }
            next[2 * t] = key + 1;
            next[2 * t + 1] = r;
        }
        index = next;
        mask = nextMask;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
