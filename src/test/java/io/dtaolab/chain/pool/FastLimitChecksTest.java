package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FAST's limit checks decide most comparisons by products alone; they must answer as the price computed with its
 * divisions (the formulas before that shortcut, written out here) on every pool: random pools and limits, limits
 * within a few RAO of the spot or target price, the default limits, empty and extreme reserves and weights.
 */
class FastLimitChecksTest {
    private static final long ONE = BalancerMath.ONE;
    private static final FastStepMath FAST = FastStepMath.INSTANCE;

    @Test
    void sameAnswersAsThePriceWithItsDivisions() {
        SplittableRandom rnd = new SplittableRandom(20261205L);
        long[] weights = {1, 2, ONE / 100, ONE / 3, ONE / 2, ONE / 2 + 1, 2 * ONE / 3, 99 * ONE / 100, ONE - 2, ONE - 1};
        for (int i = 0; i < 400_000; i++) {
            long w = i % 4 == 0 ? weights[rnd.nextInt(weights.length)] : rnd.nextLong(ONE / 100, 99 * ONE / 100 + 1);
            long tao = reserve(rnd);
            long alpha = reserve(rnd);
            long amount = rnd.nextLong(0, 1L << rnd.nextInt(1, 63));
            long out = rnd.nextInt(8) == 0 ? alpha : rnd.nextLong(0, Math.max(1, alpha));
            for (long limit : limits(rnd, w, tao, alpha, amount, out)) {
                for (boolean buy : new boolean[] {true, false}) {
                    assertEquals(spotBeyond(tao, alpha, w, buy, limit), FAST.currentPriceBeyondLimit(tao, alpha, w, buy,
                            limit), () -> "spot " + tao + " " + alpha + " " + w + " " + buy + " " + limit);
                    assertEquals(targetWithin(tao, alpha, w, buy, amount, out, limit), FAST.targetWithinLimit(tao, alpha,
                            w, buy, amount, out, limit), () -> "target " + tao + " " + alpha + " " + w + " " + buy + " "
                            + amount + " " + out + " " + limit);
                }
            }
        }
    }

    private static long reserve(SplittableRandom rnd) {
        return switch (rnd.nextInt(10)) {
            case 0 -> 0;
            case 1 -> rnd.nextLong(1, 1000);
            case 2 -> Long.MAX_VALUE - rnd.nextLong(0, 1000);
            case 3 -> -rnd.nextLong(1, Long.MAX_VALUE); // above 2^63 as u64
            default -> rnd.nextLong(1, 1L << rnd.nextInt(1, 63));
        };
    }

    /** Default, random and extreme limits, and limits within a few RAO of the spot and the target prices. */
    private static long[] limits(SplittableRandom rnd, long w, long tao, long alpha, long amount, long out) {
        double factor = (ONE - w) / (double) w;
        double spot = factor * ((double) tao / alpha) * 1e9;
        double targetBuy = factor * (((double) tao + amount) / ((double) alpha - out)) * 1e9;
        double targetSell = factor * (((double) tao - out) / ((double) alpha + amount)) * 1e9;
        long d = rnd.nextLong(-3, 4);
        return new long[] {BalancerSwap.DEFAULT_BUY_LIMIT, BalancerSwap.DEFAULT_SELL_LIMIT, 0, 1, -1, Long.MAX_VALUE,
            rnd.nextLong(), rnd.nextLong(0, 1L << rnd.nextInt(1, 63)), near(spot, d), near(targetBuy, d),
            near(targetSell, d)};
    }

    private static long near(double priceRao, long d) {
        return Double.isFinite(priceRao) && priceRao >= 0 && priceRao < 9e18 ? (long) priceRao + d : 0;
    }

    // the checks as they were, dividing

    private static boolean spotBeyond(long tao, long alpha, long w, boolean buy, long limit) {
        double spot = alpha == 0 ? 0 : price(w, tao, alpha);
        double lim = limitPrice(limit);
        return buy ? spot < lim : spot > lim;
    }

    private static boolean targetWithin(long tao, long alpha, long w, boolean buy, long requested, long out, long limit) {
        double lim = limitPrice(limit);
        double target = buy
                ? price(w, (double) tao + requested, (double) alpha - out)
                : price(w, (double) tao - out, (double) alpha + requested);
        return buy ? target <= lim : target >= lim;
    }

    private static double price(long w, double tao, double alpha) {
        if (alpha <= 0) {
            return alpha == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return ((ONE - w) / (double) w) * (tao / alpha);
    }

    private static double limitPrice(long limit) {
        return (limit >= 0 ? limit : (limit >>> 1) * 2.0) / 1e9;
    }
}
