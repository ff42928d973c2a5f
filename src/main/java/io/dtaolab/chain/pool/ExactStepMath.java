package io.dtaolab.chain.pool;

import java.math.BigInteger;

/** The chain's own fixed-point path (U64F64 prices, safe_bigmath powers). */
final class ExactStepMath implements StepMath {
    static final ExactStepMath INSTANCE = new ExactStepMath();

    private ExactStepMath() {
    }

    @Override
    public boolean currentPriceBeyondLimit(long tao, long alpha, long quoteWeight, boolean buy, long limit) {
        int c = spot(tao, alpha, quoteWeight).compareTo(BalancerMath.limitPrice(limit));
        return buy ? c < 0 : c > 0;
    }

    @Override
    public boolean targetWithinLimit(long tao, long alpha, long quoteWeight, boolean buy, long requested, long out,
                                     long limit) {
        BigInteger target = buy
                ? BalancerMath.price(BalancerSwap.saturatingSubU64(alpha, out),
                        BalancerSwap.saturatingAddU64(tao, requested), quoteWeight)
                : BalancerMath.price(BalancerSwap.saturatingAddU64(alpha, requested),
                        BalancerSwap.saturatingSubU64(tao, out), quoteWeight);
        int c = target.compareTo(BalancerMath.limitPrice(limit));
        return buy ? c <= 0 : c >= 0;
    }

    @Override
    public long deltaToLimit(long tao, long alpha, long quoteWeight, boolean buy, long limit) {
        BigInteger current = spot(tao, alpha, quoteWeight);
        BigInteger target = BalancerMath.limitPrice(limit);
        return buy ? BalancerMath.quoteDeltaIn(quoteWeight, current, target, tao)
                : BalancerMath.baseDeltaIn(quoteWeight, current, target, alpha);
    }

    @Override
    public long out(long tao, long alpha, long quoteWeight, boolean buy, long deltaIn) {
        return buy ? BalancerMath.alphaOutForTaoIn(quoteWeight, tao, alpha, deltaIn)
                : BalancerMath.taoOutForAlphaIn(quoteWeight, tao, alpha, deltaIn);
    }

    static BigInteger spot(long tao, long alpha, long quoteWeight) {
        return alpha == 0 ? BigInteger.ZERO : BalancerMath.price(alpha, tao, quoteWeight);
    }
}
