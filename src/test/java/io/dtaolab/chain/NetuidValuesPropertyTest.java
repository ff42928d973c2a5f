package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NetuidValues} against a plain row over every netuid, on random gets and sets (zeros among them) after a
 * random number of owner slots: every value, the pairs ascending and distinct, the owner slots untouched.
 */
class NetuidValuesPropertyTest {

    @Test
    void pairsHoldWhatAPlainRowHolds() {
        SplittableRandom rnd = new SplittableRandom(1205);
        long inserts = 0;
        long overwrites = 0;
        long zerosWithoutPair = 0;
        for (int round = 0; round < 2_000; round++) {
            int netuids = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 129);
            int from = rnd.nextInt(3);
            long[] plain = new long[netuids];
            long[] a = new long[from];
            for (int i = 0; i < from; i++) {
                a[i] = rnd.nextLong();
            }
            long[] owner = a.clone();
            for (int op = 0; op < 60; op++) {
                int n = rnd.nextInt(netuids);
                if (rnd.nextInt(3) == 0) {
                    assertEquals(plain[n], NetuidValues.get(a, from, n));
                    continue;
                }
                long value = rnd.nextInt(4) == 0 ? 0 : rnd.nextBoolean() ? rnd.nextLong() : rnd.nextInt(1000);
                boolean hadPair = NetuidValues.indexOf(a, from, n) >= 0;
                long[] b = NetuidValues.with(a, from, n, value);
                inserts += b != a ? 1 : 0;
                overwrites += hadPair ? 1 : 0;
                zerosWithoutPair += !hadPair && value == 0 ? 1 : 0;
                a = b;
                plain[n] = value;
            }
            for (int n = 0; n < netuids; n++) {
                assertEquals(plain[n], NetuidValues.get(a, from, n), "round " + round + " netuid " + n);
            }
            assertEquals(0, NetuidValues.get(null, from, 0));
            for (int i = 0; i < from; i++) {
                assertEquals(owner[i], a[i], "owner slot " + i);
            }
            for (int i = from + 2; i < a.length; i += 2) {
                assertTrue(a[i - 2] < a[i], "pairs ascending and distinct");
            }
        }
        assertTrue(inserts > 10_000 && overwrites > 10_000 && zerosWithoutPair > 1_000,
                inserts + " inserts, " + overwrites + " overwrites, " + zerosWithoutPair + " zeros without a pair");
    }
}
