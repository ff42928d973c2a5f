package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Buys quoted together give, lane by lane, the bits of {@link FastStepMath#out} of each buy alone: random pools and
 * amounts across the fast ranges of log1p and expm1 and beyond them (amounts from 1e-12 to 10× the TAO reserve,
 * weights near the bounds), plus weight ½, empty TAO reserves and zero amounts, in rounds of varying sizes.
 */
class BuyQuotesTest {

    @Test
    void everyLaneEqualsTheSingleBuyQuote() {
        SplittableRandom rnd = new SplittableRandom(13);
        BuyQuotes quotes = new BuyQuotes();
        long[][] lanes = new long[300][];
        int compared = 0;
        for (int round = 0; round < 400; round++) {
            quotes.clear();
            int size = rnd.nextInt(lanes.length);
            for (int i = 0; i < size; i++) {
                lanes[i] = randomBuy(rnd);
                assertEquals(i, quotes.add(lanes[i][0], lanes[i][1], lanes[i][2], lanes[i][3]));
            }
            quotes.quote();
            for (int i = 0; i < size; i++) {
                long[] b = lanes[i];
                assertEquals(FastStepMath.INSTANCE.out(b[0], b[1], b[2], true, b[3]), quotes.out(i),
                        "tao " + b[0] + " alpha " + b[1] + " weight " + b[2] + " in " + b[3]);
                compared++;
            }
        }
        assertEquals(true, compared > 40_000);
    }

    private static long[] randomBuy(SplittableRandom rnd) {
        long tao = (long) Math.pow(10, rnd.nextDouble(0, 18));
        long alpha = (long) Math.pow(10, rnd.nextDouble(0, 18.9));
        long weight = switch (rnd.nextInt(10)) {
            case 0 -> BalancerPool.HALF;
            case 1 -> BalancerMath.MIN_WEIGHT + rnd.nextLong(1000);
            case 2 -> BalancerMath.ONE - BalancerMath.MIN_WEIGHT - rnd.nextLong(1000);
            default -> BalancerMath.MIN_WEIGHT + rnd.nextLong(BalancerMath.ONE - 2 * BalancerMath.MIN_WEIGHT);
        };
        long in = switch (rnd.nextInt(20)) {
            case 0 -> 0;
            case 1 -> rnd.nextLong(1, 1000);
            default -> Math.max(0, (long) (tao * Math.pow(10, rnd.nextDouble(-12, 1))));
        };
        if (rnd.nextInt(50) == 0) {
            tao = 0;
        }
        return new long[] {tao, alpha, weight, in};
    }
}
