package io.dtaolab.chain.pool;

/** The pool math a swap step needs, in one precision. Prices are compared, never returned. */
interface StepMath {
    /** Current spot strictly on the executable side of the limit (buy: p < limit, sell: p > limit). */
    boolean currentPriceBeyondLimit(BalancerPool pool, boolean buy, long limitRaoPerAlpha);

    /** The price after swapping {@code requested} for {@code out} does not pass the limit (buy: ≤, sell: ≥). */
    boolean targetWithinLimit(BalancerPool pool, boolean buy, long requested, long out, long limitRaoPerAlpha);

    /** Input that moves the spot price exactly to the limit. */
    long deltaToLimit(BalancerPool pool, boolean buy, long limitRaoPerAlpha);

    /** Output paid for a net input. */
    long out(BalancerPool pool, boolean buy, long deltaIn);
}
