package io.dtaolab.chain.pool;

/**
 * EXACT reproduces the chain's fixed-point path bit for bit (BigInteger; conformance and limit sizing).
 * FAST is the simulation hot path: exact integer CPMM at weight ½, deterministic double math otherwise.
 */
public enum Precision {
    EXACT,
    FAST
}
