package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The detectors' int- and long-keyed maps hold exactly what a HashMap would through inserts and removals (backward shift). */
class IntKeyMapTest {
    @Test
    void agreesWithHashMapUnderRandomInsertsAndRemovals() {
        for (int keyRange : new int[] {8, 100, 5_000, Integer.MAX_VALUE}) {
            SplittableRandom rng = new SplittableRandom(keyRange);
            IntKeyMap<int[]> map = new IntKeyMap<>();
            Map<Integer, int[]> expected = new HashMap<>();
            for (int step = 0; step < 200_000; step++) {
                int key = keyRange == Integer.MAX_VALUE ? rng.nextInt() : rng.nextInt(keyRange) - keyRange / 4;
                switch (rng.nextInt(3)) {
                    case 0 -> {
                        int[] made = map.computeIfAbsent(key, k -> new int[] {k});
                        int[] before = expected.putIfAbsent(key, made);
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
            for (Map.Entry<Integer, int[]> e : expected.entrySet()) {
                assertSame(e.getValue(), map.get(e.getKey()));
                assertEquals(e.getKey(), e.getValue()[0]);
            }
        }
    }

    @Test
    void longKeysAgreeWithHashMap() {
        SplittableRandom rng = new SplittableRandom(7);
        LongKeyMap<long[]> map = new LongKeyMap<>();
        Map<Long, long[]> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            long key = rng.nextBoolean() ? rng.nextInt(3_000) : FundingClusters.WALLET_ACTOR + rng.nextInt(3_000);
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
        }
    }

    @Test
    void removingEveryKeyLeavesItEmpty() {
        IntKeyMap<String> map = new IntKeyMap<>();
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
}
