package io.dtaolab.engine;

/** One agent's trading in one world: the slippage it suffered against its own quotes, extrinsics executed/refused. */
public record AgentOutcome(String world, String id, String agentClass, boolean adversary, double slippageSufferedTao,
                           long executed, long refused) {
}
