package io.dtaolab.chain.pool;

import java.math.BigInteger;

/**
 * The Balancer weighted-pool formulas of pallets/swap/src/pallet/balancer.rs, bit-exact (dtao-mechanics.md
 * §1.3.3). Weights are Perquintill parts (1e18 = 1), prices raw U64F64 values, amounts u64 in a long.
 */
public final class BalancerMath {
    public static final long ONE = 1_000_000_000_000_000_000L;
    public static final long MIN_WEIGHT = ONE / 100;
    static final BigInteger ACCURACY = BigInteger.valueOf(ONE);
    private static final int SWAP_PRECISION = 256;
    private static final int LIMIT_PRECISION = 1024;
    private static final BigInteger HALF_ACCURACY = BigInteger.valueOf(ONE / 2);

    private BalancerMath() {
    }

    /** p = (w_base/w_quote)·(y/x) in U64F64; 0 when x = 0. */
    public static BigInteger price(long alphaReserve, long taoReserve, long quoteWeight) {
        BigInteger weights = U64F64.div(BigInteger.valueOf(ONE - quoteWeight).shiftLeft(64),
                BigInteger.valueOf(quoteWeight).shiftLeft(64));
        BigInteger reserves = U64F64.div(U64F64.fromU64(taoReserve), U64F64.fromU64(alphaReserve));
        return U64F64.mul(weights, reserves);
    }

    /** Limit price in RAO per alpha → U64F64 TAO per alpha, as the swap engine converts it (limit/1e9). */
    public static BigInteger limitPrice(long limitRaoPerAlpha) {
        return U64F64.div(U64F64.fromU64(limitRaoPerAlpha), U64F64.fromU64(1_000_000_000L));
    }

    /** floor((a/b)^(c/d)·scale) at the chain's swap precision. */
    public static BigInteger powRatioScaled(BigInteger a, BigInteger b, BigInteger c, BigInteger d, BigInteger scale) {
        return PowRatio.scaled(a, b, c, d, SWAP_PRECISION, scale);
    }

    /**
     * (r/(r+d))^(w_b/w_q) if {@code baseOverQuote}, else ^(w_q/w_b), as U64F64; clamped to ≤ 1 for d ≥ 0.
     * {@code delta} may be negative (used by {@link #baseNeededForQuote}).
     */
    public static BigInteger expScaled(long quoteWeight, long reserve, BigInteger delta, boolean baseOverQuote) {
        BigInteger r = U64F64.unsigned(reserve);
        BigInteger sum = r.add(delta);
        if (sum.signum() < 0) {
            sum = BigInteger.ZERO;
        } else if (sum.compareTo(U64F64.U64_MAX) > 0) {
            sum = U64F64.U64_MAX;
        }
        if (sum.signum() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger wb = BigInteger.valueOf(ONE - quoteWeight);
        BigInteger wq = BigInteger.valueOf(quoteWeight);
        BigInteger scaled = baseOverQuote
                ? PowRatio.scaled(r, sum, wb, wq, SWAP_PRECISION, ACCURACY)
                : PowRatio.scaled(r, sum, wq, wb, SWAP_PRECISION, ACCURACY);
        if (scaled == null || scaled.compareTo(U64F64.U64_MAX) > 0) {
            return BigInteger.ZERO;
        }
        BigInteger result = U64F64.div(scaled.shiftLeft(64), ACCURACY.shiftLeft(64));
        return delta.signum() >= 0 ? result.min(U64F64.ONE) : result;
    }

    /** Alpha paid out for a net TAO input: floor(x·(1 − (y/(y+Δy))^(w_q/w_b))). */
    public static long alphaOutForTaoIn(long quoteWeight, long taoReserve, long alphaReserve, long taoIn) {
        BigInteger e = expScaled(quoteWeight, taoReserve, U64F64.unsigned(taoIn), false);
        return U64F64.toU64(U64F64.mul(U64F64.fromU64(alphaReserve), U64F64.sub(U64F64.ONE, e)));
    }

    /** TAO paid out for a net alpha input: floor(y·(1 − (x/(x+Δx))^(w_b/w_q))). */
    public static long taoOutForAlphaIn(long quoteWeight, long taoReserve, long alphaReserve, long alphaIn) {
        BigInteger e = expScaled(quoteWeight, alphaReserve, U64F64.unsigned(alphaIn), true);
        return U64F64.toU64(U64F64.mul(U64F64.fromU64(taoReserve), U64F64.sub(U64F64.ONE, e)));
    }

    /** TAO needed to move the price up from {@code current} to {@code target}: floor(y·((p'/p)^w_b − 1)). */
    public static long quoteDeltaIn(long quoteWeight, BigInteger current, BigInteger target, long taoReserve) {
        return limitDelta(target, current, BigInteger.valueOf(ONE - quoteWeight), taoReserve);
    }

    /** Alpha needed to move the price down from {@code current} to {@code target}: floor(x·((p/p')^w_q − 1)). */
    public static long baseDeltaIn(long quoteWeight, BigInteger current, BigInteger target, long alphaReserve) {
        return limitDelta(current, target, BigInteger.valueOf(quoteWeight), alphaReserve);
    }

    /**
     * The chain converts ratio^w·1e18 to u64 and clamps it at u64::MAX when it does not fit: the
     * "saturation quirk" that caps the executable amount towards a far limit at reserve·17.4467….
     */
    private static long limitDelta(BigInteger num, BigInteger den, BigInteger weight, long reserve) {
        BigInteger pow = PowRatio.scaled(num, den, weight, ACCURACY, LIMIT_PRECISION, ACCURACY);
        if (pow == null) {
            return 0;
        }
        BigInteger clamped = pow.min(U64F64.U64_MAX);
        BigInteger factor = U64F64.div(clamped.shiftLeft(64), ACCURACY.shiftLeft(64));
        return U64F64.toU64(U64F64.mul(U64F64.fromU64(reserve), U64F64.sub(factor, U64F64.ONE)));
    }

    /** Alpha to sell to take Δy TAO out: floor(x·((y/(y−Δy))^(w_q/w_b) − 1)). */
    public static long baseNeededForQuote(long quoteWeight, long taoReserve, long alphaReserve, long taoDelta) {
        BigInteger e = expScaled(quoteWeight, taoReserve, U64F64.unsigned(taoDelta).negate(), false);
        return U64F64.toU64(U64F64.mul(U64F64.fromU64(alphaReserve), U64F64.sub(e, U64F64.ONE)));
    }

    /** round(value·p/1e18), half up; saturates at u128::MAX like the chain's U256 path. */
    public static BigInteger mulPerquintillRound(long perquintill, BigInteger value) {
        BigInteger r = value.multiply(BigInteger.valueOf(perquintill)).add(HALF_ACCURACY).divide(ACCURACY);
        BigInteger u128Max = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
        return r.min(u128Max);
    }

    /**
     * The quote weight after injecting (Δy, Δx) without moving the price, or -1 when the re-solved weight
     * would leave [0.01, 0.99]: the chain then injects nothing.
     */
    public static long quoteWeightAfterInjection(long quoteWeight, long taoReserve, long alphaReserve,
                                                 long taoDelta, long alphaDelta) {
        BigInteger y = U64F64.unsigned(taoReserve);
        BigInteger x = U64F64.unsigned(alphaReserve);
        BigInteger newY = y.add(U64F64.unsigned(taoDelta));
        BigInteger newX = x.add(U64F64.unsigned(alphaDelta));
        BigInteger q1 = mulPerquintillRound(ONE - quoteWeight, y.multiply(newX));
        BigInteger q2 = mulPerquintillRound(quoteWeight, x.multiply(newY));
        BigInteger sum = q1.add(q2);
        long w = sum.signum() == 0 ? ONE / 2 : fromRational(q2, sum);
        return isValidWeight(w) ? w : -1;
    }

    /**
     * Initial quote weight: ½ without a price; with a price p (U64F64), floor(1e18·y/(p·x + y)) where p·x is
     * floor(p)·x + floor(x·frac(p)) as the chain splits it. Returns -1 when the chain refuses
     * (ReservesOutOfBalance: both reserves zero or the weight out of bounds).
     */
    public static long initialQuoteWeight(long taoReserve, long alphaReserve, BigInteger priceOrNull) {
        if (priceOrNull == null) {
            return ONE / 2;
        }
        BigInteger x = U64F64.unsigned(alphaReserve);
        BigInteger y = U64F64.unsigned(taoReserve);
        BigInteger pxHigh = priceOrNull.shiftRight(64).min(U64F64.U64_MAX).multiply(x);
        BigInteger frac = priceOrNull.and(U64F64.U64_MAX);
        BigInteger pxLow = U64F64.mul(U64F64.fromU64(alphaReserve), frac).shiftRight(64);
        BigInteger denominator = pxHigh.add(pxLow).add(y);
        if (denominator.signum() == 0) {
            return -1;
        }
        long w = fromRational(y, denominator);
        return isValidWeight(w) ? w : -1;
    }

    /**
     * {@link #quoteWeightAfterInjection} in double arithmetic for the per-block coinbase: the same formula
     * w2' = w2·x·(y+Δy) / (w1·y·(x+Δx) + w2·x·(y+Δy)), within a few hundred parts in 1e18 of the exact value
     * (a 1e-16 relative price difference), at a fraction of the cost of 160-bit integers.
     */
    public static long quoteWeightAfterInjectionFast(long quoteWeight, long taoReserve, long alphaReserve,
                                                     long taoDelta, long alphaDelta) {
        if (taoDelta == 0 && alphaDelta == 0) {
            return quoteWeight;
        }
        double w2 = quoteWeight;
        double w1 = ONE - quoteWeight;
        double q1 = w1 * (double) taoReserve * ((double) alphaReserve + (double) alphaDelta);
        double q2 = w2 * (double) alphaReserve * ((double) taoReserve + (double) taoDelta);
        double sum = q1 + q2;
        long w = sum == 0 ? ONE / 2 : (long) Math.floor(q2 / sum * 1e18);
        return isValidWeight(w) ? w : -1;
    }

    /**
     * {@link #quoteWeightAfterInjectionFast} of the pools {@code [from, to)} of parallel arrays, into {@code out}: the
     * divisions of all pools in a short loop of their own (the JIT vectorises it), the same doubles, so the same
     * weights. The reserves come as doubles (the coinbase converted them for the spot prices already); {@code q2} and
     * {@code sum} are scratch, as long as the pool arrays.
     */
    public static void quoteWeightsAfterInjectionFast(int from, int to, long[] quoteWeight, double[] taoReserve,
                                                      double[] alphaReserve, long[] taoDelta, long[] alphaDelta,
                                                      double[] q2, double[] sum, long[] out) {
        for (int i = from; i < to; i++) {
            double w2 = quoteWeight[i];
            double w1 = ONE - quoteWeight[i];
            double y = taoReserve[i];
            double x = alphaReserve[i];
            double q1 = w1 * y * (x + (double) alphaDelta[i]);
            double q = w2 * x * (y + (double) taoDelta[i]);
            q2[i] = q;
            sum[i] = q1 + q;
        }
        for (int i = from; i < to; i++) {
            q2[i] = q2[i] / sum[i] * 1e18;
        }
        for (int i = from; i < to; i++) {
            long w;
            if (taoDelta[i] == 0 && alphaDelta[i] == 0) {
                w = quoteWeight[i];
            } else {
                w = sum[i] == 0 ? ONE / 2 : (long) Math.floor(q2[i]);
            }
            out[i] = isValidWeight(w) ? w : -1;
        }
    }

    public static boolean isValidWeight(long quoteWeight) {
        return quoteWeight >= MIN_WEIGHT && ONE - quoteWeight >= MIN_WEIGHT;
    }

    /** Perquintill::from_rational(p, q) for p ≤ q: floor(1e18·p/q). */
    private static long fromRational(BigInteger p, BigInteger q) {
        return ACCURACY.multiply(p).divide(q).min(ACCURACY).longValueExact();
    }
}
