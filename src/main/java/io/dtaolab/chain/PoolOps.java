package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.PoolModel;
import io.dtaolab.chain.pool.BalancerPool;
import io.dtaolab.chain.pool.BalancerSwap;
import io.dtaolab.chain.pool.BuyQuotes;
import io.dtaolab.chain.pool.CpmmPool;
import io.dtaolab.chain.pool.CpmmSwap;
import io.dtaolab.chain.pool.LimitSizing;
import io.dtaolab.chain.pool.Precision;
import io.dtaolab.chain.pool.Side;
import io.dtaolab.chain.pool.SwapResult;
import io.dtaolab.chain.pool.SwapScratch;

/** Prices swaps on a subnet's pool under the era's pool model; never mutates state. */
final class PoolOps {
    static final long MAX_PRICE_RAO = 1_000_000_000_000_000L;
    static final long MIN_PRICE_RAO = 1_000L;
    static final long HALF = 500_000_000_000_000_000L;
    static final long ONE = 1_000_000_000_000_000_000L;

    private final Mechanism mech;
    private final Subnets s;
    private final SwapScratch scratch = new SwapScratch();

    PoolOps(Mechanism mech, Subnets subnets) {
        this.mech = mech;
        this.s = subnets;
    }

    double spot(int n) {
        if (n == 0 || s.stable[n]) {
            return 1.0;
        }
        long x = s.alphaIn[n];
        if (x == 0) {
            return 0;
        }
        double y = s.taoReserve[n];
        if (mech.poolModel() == PoolModel.CPMM) {
            return y / x;
        }
        // (1 − wq)/wq · y / x, the factor kept with the weight (same double as computing it here)
        return s.spotFactor[n] * y / x;
    }

    Fill buy(int n, long taoIn, long limitRaoPerAlpha, boolean dropFees) {
        return swap(n, Side.BUY, taoIn, limitRaoPerAlpha, dropFees);
    }

    Fill sell(int n, long alphaIn, long limitRaoPerAlpha, boolean dropFees) {
        return swap(n, Side.SELL, alphaIn, limitRaoPerAlpha, dropFees);
    }

    private Fill swap(int n, Side side, long amount, long limit, boolean dropFees) {
        if (s.stable[n] || n == 0) {
            return new Fill(amount, 0, amount, 0);
        }
        if (mech.poolModel() == PoolModel.CPMM) {
            SwapResult r = CpmmSwap.swap(cpmm(n), side, amount);
            return new Fill(r.amountInNet(), r.fee(), r.amountOut(), r.refund());
        }
        BalancerSwap.swapInto(s.taoReserve[n], s.alphaIn[n], s.quoteWeight[n], mech.feeRateU16(),
                mech.minimumReserveRao(), side, amount, limit, dropFees, Precision.FAST, scratch);
        return new Fill(scratch.amountInNet(), scratch.fee(), scratch.amountOut(), scratch.refund());
    }

    /**
     * A fee-less buy at the default limit on the subnet's reserves with the given quote weight, priced into
     * {@code into} (no object: the coinbase prices one per subnet and block); throws as {@link #buy} refuses.
     */
    void feeLessBuyInto(int n, long quoteWeight, long taoIn, SwapScratch into) {
        if (mech.poolModel() == PoolModel.CPMM) {
            SwapResult r = CpmmSwap.swap(cpmm(n), Side.BUY, taoIn);
            into.set(r.amountInNet(), r.fee(), r.amountOut(), r.refund(), r.taoReserveAfter(), r.alphaReserveAfter());
            return;
        }
        BalancerSwap.swapInto(s.taoReserve[n], s.alphaIn[n], quoteWeight, mech.feeRateU16(), mech.minimumReserveRao(),
                Side.BUY, taoIn, MAX_PRICE_RAO, true, Precision.FAST, into);
    }

    /**
     * {@link #feeLessBuyInto} on a Balancer pool whose output was quoted beforehand for these reserves, weight and
     * amount ({@link BuyQuotes}).
     */
    void feeLessBuyQuotedInto(int n, long quoteWeight, long taoIn, long quotedOut, SwapScratch into) {
        BalancerSwap.swapIntoQuoted(s.taoReserve[n], s.alphaIn[n], quoteWeight, mech.feeRateU16(),
                mech.minimumReserveRao(), Side.BUY, taoIn, MAX_PRICE_RAO, true, quotedOut, into);
    }

    /**
     * Whether {@link #feeLessBuyQuotedInto} would certainly fill in full with the quoted output (then: in
     * {@code taoIn}, fee 0, out {@code quotedOut}) without running it; false decides nothing.
     */
    boolean feeLessBuyFills(int n, long quoteWeight, long taoIn, long quotedOut) {
        return BalancerSwap.feeLessBuyFills(s.taoReserve[n], s.alphaIn[n], quoteWeight, mech.feeRateU16(),
                mech.minimumReserveRao(), taoIn, MAX_PRICE_RAO, quotedOut);
    }

    /** Largest TAO input a buy limited at {@code limit} may execute (§1.6), saturating at Long.MAX_VALUE. */
    long maxAdd(int n, long limitRaoPerAlpha) {
        if (s.stable[n] || n == 0) {
            return limitRaoPerAlpha >= Rao.PER_TAO ? Long.MAX_VALUE : 0;
        }
        long max = mech.poolModel() == PoolModel.CPMM
                ? LimitSizing.cpmmMaxAmountAdd(cpmm(n), limitRaoPerAlpha)
                : maxOrZero(() -> LimitSizing.maxAmountAdd(balancer(n), limitRaoPerAlpha, Precision.FAST));
        return LimitSizing.saturatingToLong(max);
    }

    /** Largest alpha input a sell limited at {@code limit} may execute, saturating at Long.MAX_VALUE. */
    long maxRemove(int n, long limitRaoPerAlpha) {
        if (s.stable[n] || n == 0) {
            return limitRaoPerAlpha <= Rao.PER_TAO ? Long.MAX_VALUE : 0;
        }
        long max = mech.poolModel() == PoolModel.CPMM
                ? LimitSizing.cpmmMaxAmountRemove(cpmm(n), limitRaoPerAlpha)
                : maxOrZero(() -> LimitSizing.maxAmountRemove(balancer(n), limitRaoPerAlpha, Precision.FAST));
        return LimitSizing.saturatingToLong(max);
    }

    private static long maxOrZero(java.util.function.LongSupplier sizing) {
        try {
            return sizing.getAsLong();
        } catch (ChainException limitAlreadyCrossed) {
            return 0;
        }
    }

    private CpmmPool cpmm(int n) {
        return new CpmmPool(s.taoReserve[n], s.alphaIn[n], mech.minimumReserveRao(), 1);
    }

    private BalancerPool balancer(int n) {
        return new BalancerPool(s.taoReserve[n], s.alphaIn[n], s.quoteWeight[n], mech.feeRateU16(),
                mech.minimumReserveRao(), 1);
    }
}
