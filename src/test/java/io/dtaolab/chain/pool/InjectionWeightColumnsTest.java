package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The re-solved quote weights of many pools at once ({@link BalancerMath#quoteWeightsAfterInjectionFast} on columns)
 * are, pool by pool, {@link BalancerMath#quoteWeightAfterInjectionFast} of each pool alone: random reserves and
 * injections, weights near the bounds and at ½, empty pools, pools without injection and re-solved weights out of
 * bounds.
 */
class InjectionWeightColumnsTest {

    @Test
    void everyPoolEqualsTheSingleWeight() {
        SplittableRandom rnd = new SplittableRandom(23);
        int compared = 0;
        int valid = 0;
        int refused = 0;
        int empty = 0;
        for (int round = 0; round < 2000; round++) {
            int from = rnd.nextInt(3);
            int to = from + 1 + rnd.nextInt(150);
            long[] weight = new long[to];
            double[] taoD = new double[to];
            double[] alphaD = new double[to];
            long[] tao = new long[to];
            long[] alpha = new long[to];
            long[] dTao = new long[to];
            long[] dAlpha = new long[to];
            for (int i = from; i < to; i++) {
                weight[i] = switch (rnd.nextInt(8)) {
                    case 0 -> BalancerMath.MIN_WEIGHT + rnd.nextLong(1_000_000);
                    case 1 -> BalancerMath.ONE - BalancerMath.MIN_WEIGHT - rnd.nextLong(1_000_000);
                    case 2 -> BalancerPool.HALF;
                    default -> BalancerMath.MIN_WEIGHT + rnd.nextLong(BalancerMath.ONE - 2 * BalancerMath.MIN_WEIGHT);
                };
                tao[i] = rnd.nextInt(40) == 0 ? 0 : (long) Math.pow(10, rnd.nextDouble(0, 17));
                alpha[i] = rnd.nextInt(40) == 0 ? 0 : (long) Math.pow(10, rnd.nextDouble(0, 18));
                taoD[i] = tao[i];
                alphaD[i] = alpha[i];
                boolean none = rnd.nextInt(10) == 0;
                dTao[i] = none ? 0 : (long) (tao[i] * Math.pow(10, rnd.nextDouble(-9, 2)));
                dAlpha[i] = none ? 0 : (long) (alpha[i] * Math.pow(10, rnd.nextDouble(-9, 2)));
            }
            long[] out = new long[to];
            BalancerMath.quoteWeightsAfterInjectionFast(from, to, weight, taoD, alphaD, dTao, dAlpha, new double[to],
                    new double[to], out);
            for (int i = from; i < to; i++) {
                long w = BalancerMath.quoteWeightAfterInjectionFast(weight[i], tao[i], alpha[i], dTao[i], dAlpha[i]);
                assertEquals(w, out[i]);
                compared++;
                if (w < 0) {
                    refused++;
                } else if (dTao[i] != 0 || dAlpha[i] != 0) {
                    valid++;
                    empty += tao[i] == 0 ? 1 : 0; // q1 = q2 = 0: the chain takes ½
                }
            }
        }
        assertEquals(true, compared > 100_000, "compared " + compared);
        assertEquals(true, valid > compared / 2, "re-solved " + valid);
        assertEquals(true, refused > 100, "out of bounds " + refused);
        assertEquals(true, empty > 10, "pools without TAO re-solved to ½: " + empty);
    }
}
