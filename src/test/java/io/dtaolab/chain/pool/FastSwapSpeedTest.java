package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rough timing of the FAST hot path (JMH is on the test classpath for careful numbers). */
class FastSwapSpeedTest {
    @Test
    void fastSwapIsWellUnderTwoHundredNanoseconds() {
        BalancerPool half = new BalancerPool(1_000_000_000_000_000L, 4_000_000_000_000_000L, BalancerPool.HALF, 33,
                1_000_000, 1);
        BalancerPool skew = half.withQuoteWeight(430_000_000_000_000_000L);
        double halfNs = measure(half);
        double skewNs = measure(skew);
        System.out.printf("FAST swap: %.0f ns at weight ½, %.0f ns at weight 0.43%n", halfNs, skewNs);
        // Loose bound: the machine is shared; the point is catching a regression to BigInteger speed.
        assertTrue(halfNs < 2_000 && skewNs < 2_000, halfNs + " / " + skewNs);
    }

    private static double measure(BalancerPool pool) {
        long sink = 0;
        int n = 2_000_000;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Side side = (i & 1) == 0 ? Side.BUY : Side.SELL;
                long limit = side == Side.BUY ? BalancerSwap.DEFAULT_BUY_LIMIT : BalancerSwap.DEFAULT_SELL_LIMIT;
                sink += BalancerSwap.swap(pool, side, 1_000_000_000L + i, limit, false, Precision.FAST).amountOut();
            }
            long t1 = System.nanoTime();
            if (round == 2) {
                assertTrue(sink > 0);
                return (t1 - t0) / (double) n;
            }
        }
        throw new IllegalStateException();
    }
}
