package io.dtaolab.chain;

/**
 * A priced swap before it is applied: {@code in} enters the pool, {@code fee} is taken from the input,
 * {@code out} leaves the pool, {@code refund} is the unexecuted input returned to the payer.
 */
public record Fill(long in, long fee, long out, long refund) {
    public static final Fill NONE = new Fill(0, 0, 0, 0);
}
