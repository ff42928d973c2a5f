package io.dtaolab.agents;

/**
 * Shared, non-chain information agents react to: each subnet's hidden quality (the fair value honest agents
 * read with noise), social hype (raised by pump-and-dump promoters, lifts followers' buy rate), and recent
 * price history for momentum. Indexed by netuid. Owned by the world; agents read it and adversaries may hype.
 */
public interface Signals {
    /** The hidden quality of a subnet in [0, ∞): the fair emission weight an honest observer would assign. */
    double quality(int netuid);

    /** Quality of miner {@code uid} on a subnet in [0, 1], which honest validators score. */
    double minerQuality(int netuid, int uid);

    /** Current hype multiplier on followers' buy rate (1 = none). */
    double hype(int netuid);

    /** Raises hype on a subnet until {@code untilBlock}. */
    void hype(int netuid, double multiplier, long untilBlock);

    /** Spot price {@code blocksAgo} blocks ago (clamped to the recorded window), for momentum rules. */
    double priceAgo(int netuid, int blocksAgo);
}
