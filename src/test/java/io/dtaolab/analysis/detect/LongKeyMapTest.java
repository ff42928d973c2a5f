package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The detectors' key map holds exactly what a HashMap would through inserts and removals (backward shift). */
class LongKeyMapTest {
    @Test
    void agreesWithHashMapUnderRandomInsertsAndRemovals() {
        for (int keyRange : new int[] {8, 5_000, Integer.MAX_VALUE}) {
            SplittableRandom rng = new SplittableRandom(keyRange);
            LongKeyMap<long[]> map = new LongKeyMap<>();
            Map<Long, long[]> expected = new HashMap<>();
            for (int step = 0; step < 200_000; step++) {
                long key = keyRange == Integer.MAX_VALUE ? rng.nextInt() // netuids and coldkeys, negative ones included
                        : rng.nextBoolean() ? rng.nextInt(keyRange) : FundingClusters.WALLET_ACTOR + rng.nextInt(keyRange);
                switch (rng.nextInt(3)) {
                    case 0 -> {
                        long[] made = map.computeIfAbsent(key, k -> new long[] {k});
                        long[] before = expected.putIfAbsent(key, made);
                        assertSame(before == null ? made : before, made);
                    }
                    case 1 -> {
                        map.remove(key);
                        expected.remove(key);
                    }
                    default -> assertSame(expected.get(key), map.get(key));
                }
                assertEquals(expected.size(), map.size());
            }
            for (Map.Entry<Long, long[]> e : expected.entrySet()) {
                assertSame(e.getValue(), map.get(e.getKey()));
                assertEquals(e.getKey(), e.getValue()[0]);
            }
        }
    }

    @Test
    void removingEveryKeyLeavesItEmpty() {
        LongKeyMap<String> map = new LongKeyMap<>();
        for (int k = 0; k < 1_000; k++) {
            map.computeIfAbsent(k * 64, String::valueOf);
        }
        for (int k = 0; k < 1_000; k++) {
            assertEquals(String.valueOf(k * 64), map.get(k * 64));
            map.remove(k * 64);
            assertNull(map.get(k * 64));
        }
        assertEquals(0, map.size());
    }

    @Test
    void removeIfDropsExactlyTheEntriesItAccepts() {
        SplittableRandom rng = new SplittableRandom(7);
        LongKeyMap<long[]> map = new LongKeyMap<>();
        Map<Long, long[]> expected = new HashMap<>();
        for (int round = 0; round < 200; round++) {
            for (int k = 0; k < 500; k++) {
                long key = rng.nextInt(20_000);
                long[] made = map.computeIfAbsent(key, x -> new long[] {rng.nextInt(100)});
                expected.putIfAbsent(key, made);
            }
            int cut = rng.nextInt(100);
            map.removeIf(v -> v[0] < cut);
            expected.values().removeIf(v -> v[0] < cut);
            assertEquals(expected.size(), map.size());
            for (Map.Entry<Long, long[]> e : expected.entrySet()) {
                assertSame(e.getValue(), map.get(e.getKey()));
            }
        }
    }
}
