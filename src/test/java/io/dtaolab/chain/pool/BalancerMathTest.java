package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dtaolab.chain.ChainError;
import io.dtaolab.chain.ChainException;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BalancerMathTest {
    private static final long E18 = BalancerMath.ONE;

    @Test
    void powRatioScaledMatchesTheChainsExactRoot() {
        assertEquals(BigInteger.valueOf(649_519_052_838_328_985L), PowRatio.scaled(
                BigInteger.valueOf(21_000_000_000_000_000L), BigInteger.valueOf(28_000_000_000_000_000L),
                BigInteger.valueOf(600_000_000_000_000_000L), BigInteger.valueOf(400_000_000_000_000_000L),
                4096, BigInteger.valueOf(E18)));
        assertEquals(BigInteger.valueOf(816), PowRatio.scaled(BigInteger.TWO, BigInteger.valueOf(3),
                BigInteger.ONE, BigInteger.TWO, 0, BigInteger.valueOf(1000)));
    }

    @Test
    void seriesPathAgreesWithDoubleForGeneralExponents() {
        // 0.9^(0.43/0.57): exponent does not reduce below 1024, so the ln/exp series runs.
        BigInteger r = PowRatio.scaled(BigInteger.valueOf(9), BigInteger.TEN,
                BigInteger.valueOf(430_000_000_000_000_001L), BigInteger.valueOf(569_999_999_999_999_999L),
                256, BigInteger.valueOf(E18));
        double expected = Math.pow(0.9, 430_000_000_000_000_001.0 / 569_999_999_999_999_999.0) * 1e18;
        assertEquals(expected, r.doubleValue(), 1e3);
    }

    @Test
    void feeIsOneRaoLowOnMultiplesOf65535() {
        assertEquals(32, SwapFees.onAmount(65_535, 33));
        assertEquals(62, SwapFees.onAmount(123_456, 33));
        assertEquals(0, SwapFees.onAmount(1_000, 33));
        assertEquals(0, SwapFees.onAmount(1_000_000, 0));
    }

    @Test
    void unsigned128DivisionMatchesBigInteger() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long d = rnd.nextLong() | 1;
            long hi = Long.remainderUnsigned(rnd.nextLong(), d);
            long lo = rnd.nextLong();
            BigInteger n = U64F64.unsigned(hi).shiftLeft(64).add(U64F64.unsigned(lo));
            assertEquals(n.divide(U64F64.unsigned(d)).longValue(), Uint128.divide(hi, lo, d));
            long a = rnd.nextLong();
            assertEquals(U64F64.unsigned(a).multiply(U64F64.unsigned(d)).shiftRight(64).longValue(),
                    Uint128.mulHigh(a, d));
        }
    }

    @Test
    void limitDeltaSaturatesAtU64MaxOver1e18() {
        // Sell from price 1 to 1e-5 at weight ½: (1e5)^½ = 316 > 18.44…, clamped → floor(1001·17.4467…).
        long delta = BalancerMath.baseDeltaIn(BalancerPool.HALF, U64F64.ONE, BalancerMath.limitPrice(10_000), 1001);
        assertEquals(17_464, delta);
    }

    @Test
    void injectionKeepsPriceAndRejectsOutOfBoundWeights() {
        long w = BalancerMath.quoteWeightAfterInjection(BalancerPool.HALF, 1_000_000_000L, 4_000_000_000L,
                1_000_000L, 4_000_000L);
        assertEquals(BalancerPool.HALF, w);
        long skewed = BalancerMath.quoteWeightAfterInjection(BalancerPool.HALF, 1_000_000_000L, 1_000_000_000L,
                1_000_000_000L, 0);
        assertEquals(2 * E18 / 3, skewed);
        assertEquals(-1, BalancerMath.quoteWeightAfterInjection(BalancerPool.HALF, 1_000, 1_000, 1_000_000, 0));
    }

    @Test
    void initialWeightKeepsTheGivenPrice() {
        long w = BalancerMath.initialQuoteWeight(1_000_000_000L, 1_000_000_000L, U64F64.fromDouble(0.25));
        assertEquals(800_000_000_000_000_000L, w);
        assertEquals(BalancerPool.HALF, BalancerMath.initialQuoteWeight(5, 7, null));
    }

    @Test
    void guardsRunInTheChainsOrder() {
        BalancerPool pool = new BalancerPool(1_000, 1_000, BalancerPool.HALF, 33, 100, 1);
        assertThrows(ChainException.class, () -> BalancerSwap.swap(pool, Side.BUY, 2_000_000, 1L << 40, false,
                Precision.EXACT));
        ChainException tooLow = assertThrows(ChainException.class, () -> BalancerSwap.swap(
                pool.withReserves(1_000, 50), Side.BUY, 10, 1L << 40, false, Precision.EXACT));
        assertEquals(ChainError.ReservesTooLow, tooLow.error());
        ChainException limit = assertThrows(ChainException.class, () -> BalancerSwap.swap(pool, Side.BUY, 10,
                1_000_000_000L, false, Precision.EXACT));
        assertEquals(ChainError.PriceLimitExceeded, limit.error());
    }

    @Test
    void limitedBuyStopsAtTheLimitAndRefunds() {
        BalancerPool pool = new BalancerPool(1_000_000, 1_000_000, BalancerPool.HALF, 33, 100, 1);
        SwapResult r = BalancerSwap.swap(pool, Side.BUY, 10_000_000, 4_000_000_000L, false, Precision.EXACT);
        assertEquals(1_000_000, r.amountInNet());
        assertEquals(503, r.fee());
        assertEquals(10_000_000 - 1_000_000 - 503, r.refund());
        assertEquals(1_000_503, LimitSizing.maxAmountAdd(pool, 4_000_000_000L, Precision.EXACT));
    }

    @Test
    void cpmmLaunchSwapMatchesTheChainTest() {
        SwapResult r = CpmmSwap.swap(new CpmmPool(10_000_000_000L, 5_000_000_000L, 10_000_000L, 1), Side.BUY,
                1_000_000_000L);
        assertEquals(454_545_454L, r.amountOut());
        assertThrows(ChainException.class, () -> CpmmSwap.swap(new CpmmPool(10_000_000_000L, 20_000_000L,
                10_000_000L, 1), Side.BUY, 20_000_000_000L));
    }
}
