package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The detectors' inline rows hold exactly what a HashMap of small arrays would through adds, field writes, removals
 * (backward shift), growth and {@code retain} (the compaction), for coldkey and actor keys.
 */
class KeyedRowsTest {
    private static final long[] FRESH = {-1, 0, Double.doubleToRawLongBits(2.5)};

    @Test
    void agreesWithAHashMapOfArraysUnderRandomOperations() {
        for (int keyRange : new int[] {8, 5_000, 1 << 30}) {
            SplittableRandom rng = new SplittableRandom(keyRange);
            KeyedRows rows = new KeyedRows(FRESH);
            Map<Long, long[]> expected = new HashMap<>();
            for (int step = 0; step < 200_000; step++) {
                long key = rng.nextBoolean() ? rng.nextInt(keyRange) : FundingClusters.WALLET_ACTOR + rng.nextInt(keyRange);
                int op = rng.nextInt(100);
                if (op < 40) {
                    int r = rows.findOrAdd(key);
                    long[] e = expected.computeIfAbsent(key, k -> FRESH.clone());
                    assertEquals(key, rows.key(r));
                    int field = rng.nextInt(FRESH.length);
                    long value = rng.nextLong();
                    rows.set(r, field, value);
                    e[field] = value;
                } else if (op < 55) {
                    rows.remove(key);
                    expected.remove(key);
                } else if (op < 56) {
                    long cut = rng.nextLong();
                    rows.retain((rs, r) -> rs.get(r, 1) >= cut);
                    expected.values().removeIf(e -> e[1] < cut);
                } else {
                    int r = rows.find(key);
                    long[] e = expected.get(key);
                    assertEquals(e == null, r < 0);
                    if (e != null) {
                        assertArrayEquals(e, new long[] {rows.get(r, 0), rows.get(r, 1), rows.get(r, 2)});
                    }
                }
                assertEquals(expected.size(), rows.size());
            }
            for (Map.Entry<Long, long[]> e : expected.entrySet()) {
                int r = rows.find(e.getKey());
                assertTrue(r >= 0);
                assertArrayEquals(e.getValue(), new long[] {rows.get(r, 0), rows.get(r, 1), rows.get(r, 2)});
            }
        }
    }

    @Test
    void aFreshRowHasTheGivenFieldsAndDoublesRoundTrip() {
        KeyedRows rows = new KeyedRows(FRESH);
        int r = rows.findOrAdd(0);
        assertEquals(-1, rows.get(r, 0));
        assertEquals(2.5, rows.getDouble(r, 2));
        rows.setDouble(r, 1, -0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(rows.getDouble(r, 1)));
        assertEquals(-1, rows.find(1));
        assertEquals(-1, rows.find(-1));
    }
}
