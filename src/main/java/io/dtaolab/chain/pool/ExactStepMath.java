package io.dtaolab.chain.pool;

import java.math.BigInteger;

/** The chain's own fixed-point path (U64F64 prices, safe_bigmath powers). */
final class ExactStepMath implements StepMath {
    static final ExactStepMath INSTANCE = new ExactStepMath();

    private ExactStepMath() {
    }

    @Override
    public boolean currentPriceBeyondLimit(BalancerPool pool, boolean buy, long limit) {
        int c = spot(pool).compareTo(BalancerMath.limitPrice(limit));
        return buy ? c < 0 : c > 0;
    }

    @Override
    public boolean targetWithinLimit(BalancerPool pool, boolean buy, long requested, long out, long limit) {
        BigInteger target = buy
                ? BalancerMath.price(BalancerSwap.saturatingSubU64(pool.alphaReserve(), out),
                        BalancerSwap.saturatingAddU64(pool.taoReserve(), requested), pool.quoteWeight())
                : BalancerMath.price(BalancerSwap.saturatingAddU64(pool.alphaReserve(), requested),
                        BalancerSwap.saturatingSubU64(pool.taoReserve(), out), pool.quoteWeight());
        int c = target.compareTo(BalancerMath.limitPrice(limit));
        return buy ? c <= 0 : c >= 0;
    }

    @Override
    public long deltaToLimit(BalancerPool pool, boolean buy, long limit) {
        BigInteger current = spot(pool);
        BigInteger target = BalancerMath.limitPrice(limit);
        return buy ? BalancerMath.quoteDeltaIn(pool.quoteWeight(), current, target, pool.taoReserve())
                : BalancerMath.baseDeltaIn(pool.quoteWeight(), current, target, pool.alphaReserve());
    }

    @Override
    public long out(BalancerPool pool, boolean buy, long deltaIn) {
        return buy ? BalancerMath.alphaOutForTaoIn(pool.quoteWeight(), pool.taoReserve(), pool.alphaReserve(), deltaIn)
                : BalancerMath.taoOutForAlphaIn(pool.quoteWeight(), pool.taoReserve(), pool.alphaReserve(), deltaIn);
    }

    static BigInteger spot(BalancerPool pool) {
        return pool.alphaReserve() == 0 ? BigInteger.ZERO
                : BalancerMath.price(pool.alphaReserve(), pool.taoReserve(), pool.quoteWeight());
    }
}
