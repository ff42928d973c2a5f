package io.dtaolab.chain.pool;

/**
 * Simulation hot path. At quote weight exactly ½ the output is the chain's own integer result
 * (floor(r·1e18/(r+d)), its U64F64 conversion and the final multiply, all in 128-bit integer steps).
 * Other weights use double math through StrictMath's log1p/expm1 (in Java: {@link Fdlibm}), identical on every
 * JVM. Prices and limit deltas are doubles in both cases; they only decide where a limit order stops.
 */
final class FastStepMath implements StepMath {
    static final FastStepMath INSTANCE = new FastStepMath();
    private static final long ACCURACY = BalancerMath.ONE;
    /** u64::MAX / 1e18: the clamp of ratio^w in the chain's limit deltas. */
    private static final double LIMIT_FACTOR_CAP = 18.446744073709551615;

    private FastStepMath() {
    }

    @Override
    public boolean currentPriceBeyondLimit(long tao, long alpha, long quoteWeight, boolean buy, long limit) {
        double lim = limitPrice(limit);
        if (buy ? surelyBelow(quoteWeight, tao, alpha, lim) : surelyAbove(quoteWeight, tao, alpha, lim)) {
            return true;
        }
        double spot = spot(tao, alpha, quoteWeight);
        return buy ? spot < lim : spot > lim;
    }

    @Override
    public boolean targetWithinLimit(long tao, long alpha, long quoteWeight, boolean buy, long requested, long out,
                                     long limit) {
        double lim = limitPrice(limit);
        double y = buy ? (double) tao + requested : (double) tao - out;
        double x = buy ? (double) alpha - out : (double) alpha + requested;
        if (buy ? surelyBelow(quoteWeight, y, x, lim) : surelyAbove(quoteWeight, y, x, lim)) {
            return true;
        }
        double target = price(quoteWeight, y, x);
        return buy ? target <= lim : target >= lim;
    }

    /**
     * Whether both limit checks of a buy of {@code requested} paying {@code out} pass on their product test alone
     * ({@link #surelyBelow}): then {@link #currentPriceBeyondLimit} and {@link #targetWithinLimit} are true.
     */
    static boolean buySurelyWithinLimit(long tao, long alpha, long quoteWeight, long requested, long out, long limit) {
        double lim = limitPrice(limit);
        return surelyBelow(quoteWeight, tao, alpha, lim)
                && surelyBelow(quoteWeight, (double) tao + requested, (double) alpha - out, lim);
    }

    // Most swaps are far from their limit (the protocol's are at the default limits): these decide such a
    // comparison of the price (1 − w)/w · y/x with the limit by products alone. The margin of 2^-30 exceeds the
    // relative error of the price's three roundings and of these products, so when they say "below" ("above"), the
    // price computed with its two divisions is below (above) lim as well; otherwise the price is computed.

    /** (1 − w)/w · y/x is certainly below lim (x > 0). */
    private static boolean surelyBelow(long quoteWeight, double y, double x, double lim) {
        return x > 0 && (ACCURACY - quoteWeight) * y < lim * x * quoteWeight * (1 - 0x1p-30);
    }

    /** (1 − w)/w · y/x is certainly above lim (x > 0). */
    private static boolean surelyAbove(long quoteWeight, double y, double x, double lim) {
        return x > 0 && (ACCURACY - quoteWeight) * y > lim * x * quoteWeight * (1 + 0x1p-30);
    }

    @Override
    public long deltaToLimit(long tao, long alpha, long quoteWeight, boolean buy, long limit) {
        double spot = spot(tao, alpha, quoteWeight);
        double lim = limitPrice(limit);
        if (spot == 0) {
            return 0;
        }
        double ratio = buy ? lim / spot : spot / lim;
        if (!(ratio > 1)) {
            return 0;
        }
        double weight = (buy ? ACCURACY - quoteWeight : quoteWeight) / (double) ACCURACY;
        double reserve = buy ? tao : alpha;
        double exponent = weight * StrictMath.log(ratio);
        double growth = Fdlibm.expm1(exponent);
        if (growth + 1 > LIMIT_FACTOR_CAP) {
            growth = LIMIT_FACTOR_CAP - 1;
        }
        return saturatingFloor(reserve * growth);
    }

    @Override
    public long out(long tao, long alpha, long quoteWeight, boolean buy, long deltaIn) {
        long inReserve = buy ? tao : alpha;
        long outReserve = buy ? alpha : tao;
        if (deltaIn == 0) {
            return 0;
        }
        if (quoteWeight == BalancerPool.HALF) {
            return halfWeightOut(inReserve, outReserve, deltaIn);
        }
        if (inReserve == 0) {
            return outReserve;
        }
        long baseWeight = ACCURACY - quoteWeight;
        double exponent = buy ? quoteWeight / (double) baseWeight : baseWeight / (double) quoteWeight;
        double kept = -exponent * Fdlibm.log1p(deltaIn / (double) inReserve);
        double paid = -Fdlibm.expm1(kept);
        return finish(outReserve * paid, outReserve);
    }

    /** The output of {@link #out}'s general branch from outReserve·paid (a double) and the output reserve. */
    static long finish(double product, long outReserve) {
        long out = saturatingFloor(product);
        // Above 2^51 RAO a double's spacing reaches 0.5 RAO and the result can overshoot the chain's by
        // 2; shaving out/2^51 keeps FAST from paying more than EXACT + 1 at the cost of ≤ 4 RAO below it.
        out -= out >>> 51;
        return Math.min(out, outReserve);
    }

    /** floor(out·(1 − U64F64(floor(in·1e18/(in+Δ))/1e18))), the chain's exact-root path for exponent 1. */
    private static long halfWeightOut(long inReserve, long outReserve, long deltaIn) {
        long sum = BalancerSwap.saturatingAddU64(inReserve, deltaIn);
        long e = Uint128.divide(Uint128.mulHigh(inReserve, ACCURACY), inReserve * ACCURACY, sum);
        if (e == 0) {
            return outReserve;
        }
        long eBits = Uint128.divide(e, 0, ACCURACY);
        return Uint128.mulHigh(outReserve, -eBits);
    }

    private static double spot(long tao, long alpha, long quoteWeight) {
        return alpha == 0 ? 0 : price(quoteWeight, tao, alpha);
    }

    private static double price(long quoteWeight, double tao, double alpha) {
        if (alpha <= 0) {
            return alpha == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return ((ACCURACY - quoteWeight) / (double) quoteWeight) * (tao / alpha);
    }

    static double limitPrice(long limitRaoPerAlpha) {
        // the default limits' quotients written out (a division is correctly rounded: the same doubles)
        if (limitRaoPerAlpha == BalancerSwap.DEFAULT_BUY_LIMIT) {
            return 1e6;
        }
        if (limitRaoPerAlpha == BalancerSwap.DEFAULT_SELL_LIMIT) {
            return 1e-6;
        }
        return unsignedToDouble(limitRaoPerAlpha) / 1e9;
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0;
    }

    private static long saturatingFloor(double v) {
        if (!(v > 0)) {
            return 0;
        }
        return v >= 9.223372036854775807e18 ? Long.MAX_VALUE : (long) v;
    }
}
