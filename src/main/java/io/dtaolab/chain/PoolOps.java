package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.PoolModel;

/** Prices swaps on a subnet's pool under the era's pool model; never mutates state. */
final class PoolOps {
    static final long MAX_PRICE_RAO = 1_000_000_000_000_000L;
    static final long MIN_PRICE_RAO = 1_000L;
    static final long HALF = 500_000_000_000_000_000L;
    static final long ONE = 1_000_000_000_000_000_000L;

    private final Mechanism mech;
    private final Subnets s;

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
        double wq = s.quoteWeight[n] / (double) ONE;
        return (1 - wq) / wq * y / x;
    }

    Fill buy(int n, long taoIn, long limitRaoPerAlpha, boolean dropFees) {
        if (s.stable[n] || n == 0) {
            return new Fill(taoIn, 0, taoIn, 0);
        }
        long x = s.alphaIn[n];
        long y = s.taoReserve[n];
        if (mech.poolModel() == PoolModel.CPMM) {
            long out = x - Rao.mulDivCeil(x, y, y + taoIn);
            if (x - out < mech.minimumReserveRao()) {
                throw new ChainException(ChainError.ReservesTooLow);
            }
            return new Fill(taoIn, 0, out, 0);
        }
        long fee = dropFees ? 0 : Rao.mulDiv(taoIn, mech.feeRateU16(), 65_535);
        long net = taoIn - fee;
        long out = x - Rao.mulDivCeil(x, y, y + net);
        if (x - out < mech.minimumReserveRao()) {
            throw new ChainException(ChainError.ReservesTooLow);
        }
        return new Fill(net, fee, out, 0);
    }

    Fill sell(int n, long alphaIn, long limitRaoPerAlpha, boolean dropFees) {
        if (s.stable[n] || n == 0) {
            return new Fill(alphaIn, 0, alphaIn, 0);
        }
        long x = s.alphaIn[n];
        long y = s.taoReserve[n];
        if (mech.poolModel() == PoolModel.CPMM) {
            long out = y - Rao.mulDivCeil(x, y, x + alphaIn);
            if (y - out < mech.minimumReserveRao()) {
                throw new ChainException(ChainError.ReservesTooLow);
            }
            return new Fill(alphaIn, 0, out, 0);
        }
        long fee = dropFees ? 0 : Rao.mulDiv(alphaIn, mech.feeRateU16(), 65_535);
        long net = alphaIn - fee;
        long out = y - Rao.mulDivCeil(x, y, x + net);
        if (y - out < mech.minimumReserveRao()) {
            throw new ChainException(ChainError.ReservesTooLow);
        }
        return new Fill(net, fee, out, 0);
    }

    long maxAdd(int n, long limitRaoPerAlpha) {
        return Long.MAX_VALUE;
    }

    long maxRemove(int n, long limitRaoPerAlpha) {
        return Long.MAX_VALUE;
    }

    /** Adds protocol liquidity; returns false when the weighted pool rejects it (nothing is added then). */
    boolean canInject(int n, long tao, long alpha) {
        return true;
    }

    long quoteWeightAfterInjection(int n, long tao, long alpha) {
        return s.quoteWeight[n];
    }
}
