package io.dtaolab.engine;

/**
 * An executed stake trade. {@code impactTao} is what the trade paid over the pre-trade spot price (fees and
 * slippage, in TAO); {@code slippageTao} is how much worse it filled than the sender's quote at submission
 * (what a front-runner took).
 */
public record Trade(long block, String world, String agentId, String agentClass, boolean adversary, int netuid,
                    boolean buy, long taoRao, long alphaRao, long feeRao, double impactTao, double slippageTao) {
}
