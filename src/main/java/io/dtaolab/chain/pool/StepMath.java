package io.dtaolab.chain.pool;

/**
 * The pool math a swap step needs, in one precision. Prices are compared, never returned. A pool is given by its
 * TAO reserve, alpha reserve and quote weight (the fields of {@link BalancerPool}), so the block loop's swaps
 * build no objects.
 */
interface StepMath {
    /** Current spot strictly on the executable side of the limit (buy: p < limit, sell: p > limit). */
    boolean currentPriceBeyondLimit(long tao, long alpha, long quoteWeight, boolean buy, long limitRaoPerAlpha);

    /** The price after swapping {@code requested} for {@code out} does not pass the limit (buy: ≤, sell: ≥). */
    boolean targetWithinLimit(long tao, long alpha, long quoteWeight, boolean buy, long requested, long out,
                              long limitRaoPerAlpha);

    /** Input that moves the spot price exactly to the limit. */
    long deltaToLimit(long tao, long alpha, long quoteWeight, boolean buy, long limitRaoPerAlpha);

    /** Output paid for a net input. */
    long out(long tao, long alpha, long quoteWeight, boolean buy, long deltaIn);
}
