package io.dtaolab.analysis.detect;

import java.util.Arrays;

/**
 * One {@link KeyedRows} table per subnet for the detectors keyed alike (by coldkey, or by actor: an actor id is a
 * coldkey or lies above {@link FundingClusters#WALLET_ACTOR}, so the two never collide): each detector claims a block of
 * fields of the one row per key, so a trade probes one table and touches one row for all of them instead of a table
 * and a row each (the tables outgrow the cache; those probes' misses were most of the detectors' cost). A detector that
 * would drop its row {@link #release}s its fields instead: they go back to fresh, and the row goes once all its fields
 * are fresh. Each detector treats a row whose fields are fresh exactly as no row (it only ever drops rows in that
 * state), so sharing changes none of its results.
 */
final class SharedRows {
    private long[] fresh = new long[0];
    private final PerSubnet<KeyedRows> tables = new PerSubnet<>(() -> new KeyedRows(fresh));
    private boolean sealed;

    /** Claims fields with these fresh values, before the first table is made; returns the first one's index in a row. */
    int claim(long... freshFields) {
        if (sealed) {
            throw new IllegalStateException("fields claimed after the first table was made");
        }
        int base = fresh.length;
        fresh = Arrays.copyOf(fresh, base + freshFields.length);
        System.arraycopy(freshFields, 0, fresh, base, freshFields.length);
        return base;
    }

    /** The subnet's table, made on first use. */
    KeyedRows table(int netuid) {
        sealed = true;
        return tables.getOrCreate(netuid);
    }

    /** The subnet's table, or null when no trade there has made it yet. */
    KeyedRows tableOrNull(int netuid) {
        return tables.get(netuid);
    }

    /** Resets fields {@code from .. from + count - 1} of the row to fresh, and drops the row when all are fresh. */
    void release(KeyedRows table, int row, int from, int count) {
        for (int f = from; f < from + count; f++) {
            table.set(row, f, fresh[f]);
        }
        if (table.isFresh(row)) {
            table.removeRow(row);
        }
    }
}
