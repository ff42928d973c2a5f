package io.dtaolab.chain.pool;

/**
 * The outcome of a swap written in place ({@link BalancerSwap#swapInto}): the fields of {@link SwapResult}, reused
 * swap after swap so that the block loop's protocol swaps allocate nothing. One owner thread; read it right after
 * the swap that filled it.
 */
public final class SwapScratch {
    long amountInNet;
    long fee;
    long amountOut;
    long refund;
    long taoReserveAfter;
    long alphaReserveAfter;

    public long amountInNet() {
        return amountInNet;
    }

    public long fee() {
        return fee;
    }

    public long amountOut() {
        return amountOut;
    }

    public long refund() {
        return refund;
    }

    SwapResult toResult() {
        return new SwapResult(amountInNet, fee, amountOut, refund, taoReserveAfter, alphaReserveAfter);
    }

    public void set(long in, long fee, long out, long refund, long taoAfter, long alphaAfter) {
        this.amountInNet = in;
        this.fee = fee;
        this.amountOut = out;
        this.refund = refund;
        this.taoReserveAfter = taoAfter;
        this.alphaReserveAfter = alphaAfter;
    }
}
