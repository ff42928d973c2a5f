package io.dtaolab.analysis.detect;

import java.util.function.LongFunction;

/**
 * Detector state by key (a netuid, a coldkey, or a funding wallet above {@link FundingClusters#WALLET_ACTOR}) without
 * boxing: open addressing with linear probing, removal by backward shift (no tombstones), so a map that drops entries
 * stays as small as what it holds. Lookups are what every trade does several times per detector; a
 * {@code HashMap<Integer|Long, …>} boxes each key and chains its entries in a node each. Int keys widen. Not for maps
 * whose iteration order matters: it has none.
 */
final class LongKeyMap<V> {
    private long[] keys;
    private Object[] values;
    private int size;

    LongKeyMap() {
        keys = new long[16];
        values = new Object[16];
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The value at {@code key}, made by {@code create} (given the key) and stored if absent. */
    @SuppressWarnings("unchecked")
    V computeIfAbsent(long key, LongFunction<V> create) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        V v = create.apply(key);
        if ((size + 1) * 2 > keys.length) {
            grow();
            insert(key, v);
        } else {
            keys[i] = key;
            values[i] = v;
        }
        size++;
        return v;
    }

    void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] != null) {
            removeSlot(i);
        }
    }

    /**
     * Drops the entries whose value {@code drop} accepts, in place: one pass from an empty slot (so no probe run
     * wraps past where it starts), re-examining a slot that a removal's backward shift refilled.
     */
    @SuppressWarnings("unchecked")
    void removeIf(java.util.function.Predicate<V> drop) {
        int mask = keys.length - 1;
        int start = 0;
        while (values[start] != null) {
            start++;
        }
        int s = (start + 1) & mask;
        for (int visited = 0; visited < mask; ) {
            if (values[s] != null && drop.test((V) values[s])) {
                removeSlot(s);
                continue;
            }
            s = (s + 1) & mask;
            visited++;
        }
        if (keys.length > 64 && size * 8 < keys.length) {
            // most entries gone: give the memory back
            int capacity = 16;
            while (capacity < size * 2 + 2) {
                capacity <<= 1;
            }
            long[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new long[capacity];
            values = new Object[capacity];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] != null) {
                    insert(oldKeys[j], oldValues[j]);
                }
            }
        }
    }

    /** Empties a slot by backward shift: later entries of its probe run move up unless their home slot lies after it. */
    private void removeSlot(int gap) {
        int mask = keys.length - 1;
        size--;
        for (int j = (gap + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        values[gap] = null;
        keys[gap] = 0;
    }

    private void insert(long key, Object v) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = v;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                insert(oldKeys[j], oldValues[j]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
