package io.dtaolab.agents;

/**
 * An extrinsic in the mempool: who sent it, in which order it arrived, and what the chain said when it ran.
 * {@code quotedOut} is the output the sender expected at submission (for slippage measures).
 */
public record Submission(Extrinsic extrinsic, int agentIndex, long arrival, long quotedOut) {
}
