package io.dtaolab.chain.pool;

import io.dtaolab.chain.ChainError;
import io.dtaolab.chain.ChainException;

/**
 * One Balancer swap step (swap_step.rs, impls.rs do_swap) as a pure function. Guards run in the chain's
 * order: SwapInputTooLarge, ReservesTooLow, PriceLimitExceeded, then the step (which may fail
 * ReservesTooLow) and, unless simulating, InsufficientLiquidity.
 */
public final class BalancerSwap {
    /** Default limits of add_stake/remove_stake: 1e15 RAO per alpha for buys, 1000 for sells. */
    public static final long DEFAULT_BUY_LIMIT = 1_000_000_000_000_000L;
    public static final long DEFAULT_SELL_LIMIT = 1_000L;
    static final long MAX_INPUT_RESERVE_MULTIPLIER = 1_000;

    private BalancerSwap() {
    }

    /** A real swap: refused with InsufficientLiquidity if the output exceeds the output reserve. */
    public static SwapResult swap(BalancerPool pool, Side side, long amount, long limitRaoPerAlpha, boolean dropFees,
                                  Precision precision) {
        return run(pool, side, amount, limitRaoPerAlpha, dropFees, precision, false);
    }

    /** A dry run as get_max_amount_* does it: no reserve-overuse check. */
    public static SwapResult simulate(BalancerPool pool, Side side, long amount, long limitRaoPerAlpha,
                                      boolean dropFees, Precision precision) {
        return run(pool, side, amount, limitRaoPerAlpha, dropFees, precision, true);
    }

    /**
     * {@link #swap} on a dynamic pool given by its fields (checked as {@link BalancerPool} checks them), the outcome
     * written into {@code into}: the block loop's swaps, without a pool or a result object.
     */
    public static void swapInto(long taoReserve, long alphaReserve, long quoteWeight, int feeRateU16,
                                long minimumReserve, Side side, long amount, long limitRaoPerAlpha, boolean dropFees,
                                Precision precision, SwapScratch into) {
        BalancerPool.checkWeightAndFee(quoteWeight, feeRateU16);
        run(taoReserve, alphaReserve, quoteWeight, feeRateU16, minimumReserve, side, amount, limitRaoPerAlpha,
                dropFees, precision, false, NOT_QUOTED, into);
    }

    /**
     * {@link #swapInto} of a FAST swap whose step output for the whole amount net of the fee was quoted beforehand
     * ({@link BuyQuotes}: the value {@code FastStepMath.out} gives for these reserves, weight, side and amount).
     */
    public static void swapIntoQuoted(long taoReserve, long alphaReserve, long quoteWeight, int feeRateU16,
                                      long minimumReserve, Side side, long amount, long limitRaoPerAlpha,
                                      boolean dropFees, long quotedOut, SwapScratch into) {
        BalancerPool.checkWeightAndFee(quoteWeight, feeRateU16);
        run(taoReserve, alphaReserve, quoteWeight, feeRateU16, minimumReserve, side, amount, limitRaoPerAlpha,
                dropFees, Precision.FAST, false, quotedOut, into);
    }

    /**
     * Whether {@link #swapIntoQuoted} of a fee-less buy of {@code amount} whose step output was quoted as
     * {@code quotedOut} certainly fills in full: every guard of {@link #run} passes, both limit checks on their
     * product test alone. Its outcome is then (in {@code amount}, fee 0, out {@code quotedOut}), with no swap run;
     * false decides nothing (run the swap).
     */
    public static boolean feeLessBuyFills(long taoReserve, long alphaReserve, long quoteWeight, int feeRateU16,
                                          long minimumReserve, long amount, long limitRaoPerAlpha, long quotedOut) {
        return quoteWeight > 0 && quoteWeight < BalancerMath.ONE && feeRateU16 >= 0 && feeRateU16 < 65_535
                && Long.compareUnsigned(amount, saturatingMulU64(taoReserve, MAX_INPUT_RESERVE_MULTIPLIER)) <= 0
                && Long.compareUnsigned(alphaReserve, minimumReserve) >= 0
                && FastStepMath.buySurelyWithinLimit(taoReserve, alphaReserve, quoteWeight, amount, quotedOut,
                        limitRaoPerAlpha)
                && !(amount != 0 && quotedOut == 0)
                && Long.compareUnsigned(alphaReserve, quotedOut) >= 0;
    }

    /** {@code quotedOut} of a swap without a quote. */
    private static final long NOT_QUOTED = Long.MIN_VALUE;

    private static SwapResult run(BalancerPool pool, Side side, long amount, long limit, boolean dropFees,
                                  Precision precision, boolean simulate) {
        if (pool.mechanism() != 1) {
            return stable(pool, side == Side.BUY, amount);
        }
        SwapScratch r = new SwapScratch();
        run(pool.taoReserve(), pool.alphaReserve(), pool.quoteWeight(), pool.feeRateU16(), pool.minimumReserve(), side,
                amount, limit, dropFees, precision, simulate, NOT_QUOTED, r);
        return r.toResult();
    }

    private static void run(long tao, long alpha, long quoteWeight, int feeRateU16, long minimumReserve, Side side,
                            long amount, long limit, boolean dropFees, Precision precision, boolean simulate,
                            long quotedOut, SwapScratch into) {
        boolean buy = side == Side.BUY;
        long inputReserve = buy ? tao : alpha;
        long outputReserve = buy ? alpha : tao;
        long fee = dropFees ? 0 : SwapFees.onAmount(amount, feeRateU16);
        long requested = amount - fee;
        if (Long.compareUnsigned(requested, saturatingMulU64(inputReserve, MAX_INPUT_RESERVE_MULTIPLIER)) > 0) {
            throw new ChainException(ChainError.SwapInputTooLarge);
        }
        if (Long.compareUnsigned(outputReserve, minimumReserve) < 0) {
            throw new ChainException(ChainError.ReservesTooLow);
        }
        StepMath math = precision == Precision.EXACT ? ExactStepMath.INSTANCE : FastStepMath.INSTANCE;
        if (!math.currentPriceBeyondLimit(tao, alpha, quoteWeight, buy, limit)) {
            throw new ChainException(ChainError.PriceLimitExceeded);
        }
        long deltaIn = requested;
        long out = quotedOut != NOT_QUOTED ? quotedOut : math.out(tao, alpha, quoteWeight, buy, requested);
        if (!math.targetWithinLimit(tao, alpha, quoteWeight, buy, requested, out, limit)) {
            deltaIn = math.deltaToLimit(tao, alpha, quoteWeight, buy, limit);
            fee = dropFees ? 0 : SwapFees.onLimitedPart(deltaIn, feeRateU16);
            out = math.out(tao, alpha, quoteWeight, buy, deltaIn);
        }
        if (deltaIn != 0 && out == 0) {
            throw new ChainException(ChainError.ReservesTooLow);
        }
        if (!simulate && Long.compareUnsigned(outputReserve, out) < 0) {
            throw new ChainException(ChainError.InsufficientLiquidity);
        }
        long refund = saturatingSubU64(saturatingSubU64(amount, deltaIn), fee);
        long newIn = saturatingAddU64(inputReserve, deltaIn);
        long newOut = saturatingSubU64(outputReserve, out);
        if (buy) {
            into.set(deltaIn, fee, out, refund, newIn, newOut);
        } else {
            into.set(deltaIn, fee, out, refund, newOut, newIn);
        }
    }

    /** Stable (mechanism 0) subnets trade 1:1 without a fee or a price. */
    private static SwapResult stable(BalancerPool pool, boolean buy, long amount) {
        if (buy) {
            return new SwapResult(amount, 0, amount, 0, saturatingAddU64(pool.taoReserve(), amount),
                    saturatingSubU64(pool.alphaReserve(), amount));
        }
        return new SwapResult(amount, 0, amount, 0, saturatingSubU64(pool.taoReserve(), amount),
                saturatingAddU64(pool.alphaReserve(), amount));
    }

    static long saturatingMulU64(long a, long b) {
        long hi = Uint128.mulHigh(a, b);
        return hi != 0 ? -1L : a * b;
    }

    static long saturatingAddU64(long a, long b) {
        long r = a + b;
        return Long.compareUnsigned(r, a) < 0 ? -1L : r;
    }

    static long saturatingSubU64(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? 0 : a - b;
    }
}
