package io.dtaolab.engine;

/** How the block author orders the mempool. */
public enum OrderingPolicy {
    /** In arrival order. */
    FIFO,
    /** Highest tip first, then arrival. */
    FEE_PRIORITY,
    /** The author is an adversary: its own front-runs go first and its back-runs last, the rest by tip. */
    ADVERSARIAL_AUTHOR
}
