package io.dtaolab.chain.pool;

import java.math.BigInteger;

/**
 * get_max_amount_add / get_max_amount_remove: the largest input a limit order may execute. Results are
 * u64 values in a long (u64::MAX = -1L); use {@link #saturatingToLong} for the simulation's signed API.
 */
public final class LimitSizing {
    public static final long U64_MAX = -1L;
    private static final long ONE_TAO = 1_000_000_000L;
    private static final BigInteger RAO = BigInteger.valueOf(ONE_TAO);

    private LimitSizing() {
    }

    /** Final-spot semantics: simulated buy of min(u64::MAX, 1000·y) with the limit → net + fee. */
    public static long maxAmountAdd(BalancerPool pool, long limitRaoPerAlpha, Precision precision) {
        if (pool.mechanism() == 0) {
            return Long.compareUnsigned(limitRaoPerAlpha, ONE_TAO) >= 0 ? U64_MAX : 0;
        }
        long amount = BalancerSwap.saturatingMulU64(pool.taoReserve(), BalancerSwap.MAX_INPUT_RESERVE_MULTIPLIER);
        SwapResult r = BalancerSwap.simulate(pool, Side.BUY, amount, limitRaoPerAlpha, false, precision);
        return BalancerSwap.saturatingAddU64(r.amountInNet(), r.fee());
    }

    /** Final-spot semantics: simulated sell of min(u64::MAX, 1000·x) with the limit → net + fee. */
    public static long maxAmountRemove(BalancerPool pool, long limitRaoPerAlpha, Precision precision) {
        if (pool.mechanism() == 0) {
            return Long.compareUnsigned(limitRaoPerAlpha, ONE_TAO) <= 0 ? U64_MAX : 0;
        }
        long amount = BalancerSwap.saturatingMulU64(pool.alphaReserve(), BalancerSwap.MAX_INPUT_RESERVE_MULTIPLIER);
        SwapResult r = BalancerSwap.simulate(pool, Side.SELL, amount, limitRaoPerAlpha, false, precision);
        return BalancerSwap.saturatingAddU64(r.amountInNet(), r.fee());
    }

    /** Launch-era average-price semantics: floor(limit·x/1e9) − y, with the chain's zero cases. */
    public static long cpmmMaxAmountAdd(CpmmPool pool, long limitRaoPerAlpha) {
        if (pool.mechanism() == 0) {
            return Long.compareUnsigned(limitRaoPerAlpha, ONE_TAO) >= 0 ? U64_MAX : 0;
        }
        BigInteger y = U64F64.unsigned(pool.taoReserve());
        BigInteger x = U64F64.unsigned(pool.alphaReserve());
        BigInteger limit = U64F64.unsigned(limitRaoPerAlpha);
        if (y.signum() == 0 || x.signum() == 0 || limit.signum() == 0) {
            return 0;
        }
        // The chain truncates the spot price to whole TAO before comparing.
        if (limit.compareTo(y.divide(x).multiply(RAO)) < 0) {
            return 0;
        }
        return capU64(limit.multiply(x).divide(RAO).subtract(y));
    }

    /** Launch-era average-price semantics: floor(y·1e9/limit) − x, with the chain's zero cases. */
    public static long cpmmMaxAmountRemove(CpmmPool pool, long limitRaoPerAlpha) {
        if (pool.mechanism() == 0) {
            return Long.compareUnsigned(limitRaoPerAlpha, ONE_TAO) <= 0 ? U64_MAX : 0;
        }
        BigInteger y = U64F64.unsigned(pool.taoReserve());
        BigInteger x = U64F64.unsigned(pool.alphaReserve());
        BigInteger limit = U64F64.unsigned(limitRaoPerAlpha);
        if (y.signum() == 0 || x.signum() == 0) {
            return 0;
        }
        if (limit.signum() == 0) {
            return U64_MAX;
        }
        if (limit.compareTo(y.multiply(RAO).divide(x)) >= 0) {
            return 0;
        }
        return capU64(y.multiply(RAO).divide(limit).subtract(x));
    }

    /** A u64 result for the simulation's signed API: values above Long.MAX_VALUE saturate. */
    public static long saturatingToLong(long u64) {
        return u64 < 0 ? Long.MAX_VALUE : u64;
    }

    private static long capU64(BigInteger v) {
        if (v.signum() <= 0) {
            return 0;
        }
        return v.bitLength() > 64 ? U64_MAX : v.longValue();
    }
}
