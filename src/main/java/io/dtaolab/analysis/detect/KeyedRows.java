package io.dtaolab.analysis.detect;

/**
 * Detector state by key (a coldkey or an actor id, never negative) as rows of a few fields stored inline in one
 * {@code long[]} right after their key: a lookup touches one or two cache lines, with no object per entry and no
 * allocation per trade. Fields are longs; a double field holds its bits ({@link #getDouble}). Open addressing with
 * linear probing, at most half full; removal by backward shift (no tombstones); {@link #retain} and
 * {@link #shrinkIfSparse} shrink a table that has become mostly empty. A row is addressed by the offset {@link #find}
 * returns, valid until the next {@link #findOrAdd}, {@link #remove}, {@link #removeRow}, {@link #retain} or
 * {@link #shrinkIfSparse}. It has no iteration order: not for state whose order matters.
 */
final class KeyedRows {
    /** Which rows {@link #retain} keeps. */
    interface RowTest {
        boolean keep(KeyedRows rows, int row);
    }

    private final long[] fresh;
    private final int stride;
    /** Per slot: key + 1 (0 = empty slot), then the row's fields. */
    private long[] data;
    private int mask;
    private int size;

    /** {@code freshRow}: the fields of a row made for a key not seen before. */
    KeyedRows(long... freshRow) {
        this.fresh = freshRow.clone();
        this.stride = freshRow.length + 1;
        allocate(16);
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
            long k = data[s * stride];
            if (k == stored) {
                return s * stride + 1;
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
            long k = data[s * stride];
            if (k == stored) {
                return s * stride + 1;
            }
            if (k == 0) {
                break;
            }
        }
        if ((size + 1) * 2 > mask + 1) {
            rehash(2 * (mask + 1));
            return findOrAdd(key);
        }
        int o = s * stride;
        data[o] = stored;
        System.arraycopy(fresh, 0, data, o + 1, fresh.length);
        size++;
        return o + 1;
    }

    long get(int row, int field) {
        return data[row + field];
    }

    void set(int row, int field, long value) {
        data[row + field] = value;
    }

    double getDouble(int row, int field) {
        return Double.longBitsToDouble(data[row + field]);
    }

    void setDouble(int row, int field, double value) {
        data[row + field] = Double.doubleToRawLongBits(value);
    }

    /** The key of the row at {@code row}. */
    long key(int row) {
        return data[row - 1] - 1;
    }

    void remove(long key) {
        int row = find(key);
        if (row >= 0) {
            removeRow(row);
        }
    }

    /** Removes the row at offset {@code row} (from {@link #find} or {@link #findOrAdd}). */
    void removeRow(int row) {
        removeSlot((row - 1) / stride);
    }

    /**
     * Drops the rows {@code keep} rejects, in place: one pass from an empty slot (so no probe run wraps past where
     * it starts), re-examining a slot that a removal's backward shift refilled with a row not seen yet.
     */
    void retain(RowTest keep) {
        int start = 0;
        while (data[start * stride] != 0) {
            start++;
        }
        int s = (start + 1) & mask;
        for (int visited = 0; visited < mask; ) {
            int o = s * stride;
            if (data[o] != 0 && !keep.keep(this, o + 1)) {
                removeSlot(s);
                continue;
            }
            s = (s + 1) & mask;
            visited++;
        }
        shrinkIfSparse();
    }

    /** Gives the memory back when most rows are gone (the table is then under an eighth full). */
    void shrinkIfSparse() {
        if (mask + 1 > 64 && size * 8 < mask + 1) {
            int capacity = 16;
            while (capacity < size * 2 + 2) {
                capacity <<= 1;
            }
            rehash(capacity);
        }
    }

    /** Empties a slot by backward shift: later rows of its probe run move up unless their home slot lies after it. */
    private void removeSlot(int gap) {
        size--;
        for (int j = (gap + 1) & mask; data[j * stride] != 0; j = (j + 1) & mask) {
            int home = slot(data[j * stride] - 1, mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                System.arraycopy(data, j * stride, data, gap * stride, stride);
                gap = j;
            }
        }
        data[gap * stride] = 0;
    }

    /** Moves the rows into a table of {@code capacity} slots. */
    private void rehash(int capacity) {
        long[] next = new long[capacity * stride];
        int nextMask = capacity - 1;
        int kept = 0;
        for (int s = 0; s <= mask; s++) {
            int o = s * stride;
            if (data[o] == 0) {
                continue;
            }
            int t = slot(data[o] - 1, nextMask);
            while (next[t * stride] != 0) {
                t = (t + 1) & nextMask;
            }
            System.arraycopy(data, o, next, t * stride, stride);
            kept++;
        }
        data = next;
        mask = nextMask;
        size = kept;
    }

    private void allocate(int capacity) {
        data = new long[capacity * stride];
        mask = capacity - 1;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
