package io.dtaolab.chain.pool;

/**
 * Outcome of one swap, computed without touching any state; the caller applies it.
 * Amounts are RAO. In the EXACT path they are u64 bit patterns (read with {@link Long#toUnsignedString});
 * in the simulation every value stays below 2^63.
 *
 * @param amountInNet  input that enters the pool
 * @param fee          fee taken from the input (leaves the pool; its destination is the caller's business)
 * @param amountOut    output paid by the pool
 * @param refund       unexecuted input returned to the payer (limit reached)
 * @param taoReserveAfter   TAO reserve after the swap
 * @param alphaReserveAfter alpha reserve after the swap
 */
public record SwapResult(long amountInNet, long fee, long amountOut, long refund,
                         long taoReserveAfter, long alphaReserveAfter) {
}
