package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The per-coldkey row (actor, then the counts detectors claimed) reads as separate maps would, through fundings
 * (repeated, by exchange or wallet), counts and growth past the initial size.
 */
class FundingClustersTest {
    @Test
    void actorsAndCountsAgreeWithMapsUnderRandomOperations() {
        SplittableRandom rng = new SplittableRandom(3);
        FundingClusters c = new FundingClusters();
        int[] columns = {c.claim(), c.claim(), c.claim()};
        Map<Integer, Long> actor = new HashMap<>();
        Map<Integer, Integer> walletKeys = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        int grown = 0;
        for (int step = 0; step < 200_000; step++) {
            int ck = rng.nextInt(8) == 0 ? rng.nextInt(100_000) : rng.nextInt(500);
            int op = rng.nextInt(10);
            if (op < 2) {
                boolean exchange = rng.nextBoolean();
                long source = rng.nextInt(50);
                c.add(new FundingEvent(step, ck, source, exchange, 1));
                if (!exchange && !actor.containsKey(ck)) {
                    actor.put(ck, FundingClusters.WALLET_ACTOR + source);
                    walletKeys.merge((int) source, 1, Integer::sum);
                }
            } else if (op < 6) {
                int col = columns[rng.nextInt(3)];
                long delta = 1 + rng.nextInt(3);
                c.count(ck, col, delta);
                counts.merge(ck * 8L + col, delta, Long::sum);
                grown += ck >= 1 << 15 ? 1 : 0;
            } else {
                assertEquals((long) actor.getOrDefault(ck, (long) ck), c.actor(ck));
                for (int col : columns) {
                    assertEquals((long) counts.getOrDefault(ck * 8L + col, 0L), c.count(ck, col));
                }
                Long a = actor.get(ck);
                assertEquals(a == null ? 1 : walletKeys.get((int) (a - FundingClusters.WALLET_ACTOR)), c.size(ck));
            }
        }
        assertTrue(grown > 100, "counts past the initial size " + grown);
        assertThrows(IllegalStateException.class, c::claim);
    }
}
