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

    /**
     * Share of a validator's weight that the subnet's validator code sends to the owner hotkey (uid 0): the miner
     * incentive the owner withholds, which the chain burns and counts in MinerBurned. 0 unless the network set one.
     */
    default double ownerWeightShare(int netuid) {
        return 0;
    }

    /** Current hype multiplier on followers' buy rate (1 = none). */
    double hype(int netuid);

    /** Raises hype on a subnet until {@code untilBlock}. */
    void hype(int netuid, double multiplier, long untilBlock);

    /** Spot price {@code blocksAgo} blocks ago (clamped to the recorded window), for momentum rules. */
    double priceAgo(int netuid, int blocksAgo);

    /**
     * The subnet whose spot price rose most over the last {@code lookbackBlocks}, if that rise exceeds
     * {@code threshold}; -1 otherwise. Worlds cache this per block: every momentum trader asks the same question.
     */
    default int topRiser(MarketView view, int lookbackBlocks, double threshold) {
        int best = -1;
        double bestRise = threshold;
        for (int n : view.netuidsShared()) {
            double past = priceAgo(n, lookbackBlocks);
            double rise = past > 0 ? view.spotPrice(n) / past - 1 : 0;
            if (rise > bestRise) {
                bestRise = rise;
                best = n;
            }
        }
        return best;
    }
}
