package io.dtaolab.chain.pool;

/** Direction of a swap: BUY pays TAO in and takes alpha out; SELL pays alpha in and takes TAO out. */
public enum Side {
    BUY,
    SELL
}
