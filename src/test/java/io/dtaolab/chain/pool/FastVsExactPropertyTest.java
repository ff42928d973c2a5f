package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.chain.ChainException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * FAST against EXACT over seeded random pools: reserves log-uniform in [1e9, 1e16] RAO, trades of
 * 1e-6 … 10 × the input reserve, quote weights uniform in [0.3, 0.7] (plus exactly ½ for a quarter of
 * the cases), fee rate 33, chain default limits. Swaps that stop at the limit are measured apart:
 * their size comes from the price comparison, where FAST uses doubles. Measured (seed 20260630):
 * weight ½ bit-identical; other weights |Δout| ≤ 1 RAO below 2^51 RAO of output, ≤ 3 RAO above;
 * limited steps within 1.3e-13 relative.
 */
class FastVsExactPropertyTest {
    private static final int CASES = 6_000;

    @Test
    void fastNeverPaysMoreThanExactPlusOneAndStaysWithinMeasuredBound() {
        SplittableRandom rnd = new SplittableRandom(20260630L);
        long worstOut = 0;
        int compared = 0;
        int halfWeightCases = 0;
        int limited = 0;
        int overOne = 0;
        double worstLimitedRel = 0;
        for (int i = 0; i < CASES; i++) {
            long tao = logUniform(rnd, 1e9, 1e16);
            long alpha = logUniform(rnd, 1e9, 1e16);
            long weight = rnd.nextInt(4) == 0 ? BalancerPool.HALF
                    : 300_000_000_000_000_000L + rnd.nextLong(400_000_000_000_000_001L);
            BalancerPool pool = new BalancerPool(tao, alpha, weight, 33, 1_000_000L, 1);
            Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
            long reserveIn = side == Side.BUY ? tao : alpha;
            long amount = Math.max(1, (long) (reserveIn * Math.pow(10, rnd.nextDouble(-6, 1))));
            long limit = side == Side.BUY ? BalancerSwap.DEFAULT_BUY_LIMIT : BalancerSwap.DEFAULT_SELL_LIMIT;
            SwapResult exact;
            try {
                exact = BalancerSwap.swap(pool, side, amount, limit, false, Precision.EXACT);
            } catch (ChainException e) {
                continue; // both precisions share the guards; only executed swaps are compared
            }
            SwapResult fast = BalancerSwap.swap(pool, side, amount, limit, false, Precision.FAST);
            if (exact.refund() != 0 || fast.refund() != 0) {
                // Stopped at the limit: FAST sizes the step with double prices, the chain with U64F64
                // prices whose 64 fractional bits carry only ~5e-14 relative precision at 1e-6 TAO.
                limited++;
                double rel = Math.abs(fast.amountInNet() - exact.amountInNet()) / (double) exact.amountInNet();
                worstLimitedRel = Math.max(worstLimitedRel, rel);
                assertTrue(rel < 1e-12, "limited step differs by " + rel);
                continue;
            }
            compared++;
            assertEquals(exact.fee(), fast.fee(), "fee is computed identically");
            assertEquals(exact.amountInNet(), fast.amountInNet());
            long diff = Math.abs(fast.amountOut() - exact.amountOut());
            worstOut = Math.max(worstOut, diff);
            assertTrue(fast.amountOut() <= exact.amountOut() + 1,
                    () -> "FAST pays more than EXACT + 1 on " + pool + " " + side + " " + amount);
            // Measured bound: 1 RAO, plus out/2^51 (≤ 4 RAO) where outputs exceed 2^51 RAO ≈ 2.25M alpha.
            long bound = 1 + (exact.amountOut() >>> 51);
            assertTrue(diff <= bound, "|FAST − EXACT| = " + diff + " > " + bound + " on " + pool + " " + side + " " + amount);
            if (diff > 1) {
                overOne++;
            }
            if (weight == BalancerPool.HALF) {
                halfWeightCases++;
                assertEquals(exact, fast, "at weight ½ FAST is the chain's integer path");
            }
        }
        System.out.printf("FAST vs EXACT: %d swaps compared (%d at weight ½), worst |Δout| = %d RAO;"
                + " %d stopped at the limit, worst relative Δin %.2e%n",
                compared, halfWeightCases, worstOut, limited, worstLimitedRel);
        System.out.printf("swaps with |Δout| > 1 RAO (outputs above 2^51 RAO): %d%n", overOne);
        assertTrue(compared >= 5_000, "compared " + compared);
    }

    @Test
    void fastInjectionWeightStaysWithinAFewHundredPerquintillOfExact() {
        SplittableRandom rnd = new SplittableRandom(20260622L);
        long worst = 0;
        for (int i = 0; i < 5_000; i++) {
            long w = BalancerPool.HALF + (long) ((rnd.nextDouble() - 0.5) * 2e17);
            long y = logUniform(rnd, 1e9, 1e16);
            long x = logUniform(rnd, 1e9, 1e16);
            double price = (1e18 - w) / (double) w * y / x;
            long dx = logUniform(rnd, 1, 1e10);
            long dy = (long) Math.floor(dx * price);
            long exact = BalancerMath.quoteWeightAfterInjection(w, y, x, dy, dx);
            long fast = BalancerMath.quoteWeightAfterInjectionFast(w, y, x, dy, dx);
            assertEquals(exact < 0, fast < 0, "rejection agrees");
            worst = Math.max(worst, Math.abs(exact - fast));
        }
        assertTrue(worst <= 1_000, "worst |fast − exact| = " + worst + " parts in 1e18");
    }

    private static long logUniform(SplittableRandom rnd, double lo, double hi) {
        return (long) Math.exp(rnd.nextDouble(Math.log(lo), Math.log(hi)));
    }
}
