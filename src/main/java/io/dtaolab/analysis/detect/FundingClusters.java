package io.dtaolab.analysis.detect;

import java.util.HashMap;
import java.util.Map;

/**
 * Coldkeys grouped by who funded them: keys funded from the same wallet are one actor (a split whale, a Sybil swarm,
 * a cartel); keys funded from a labelled exchange, or not seen funded, stand alone (an exchange funds thousands of
 * unrelated users). Each detector that needs it keeps its own, fed by {@link Detector#onFunding}.
 */
final class FundingClusters {
    /** Actor ids of wallet-funded keys start here, clear of coldkey ids (which stand for themselves). */
    static final long WALLET_ACTOR = 1L << 32;

    private final LongKeyMap<Long> walletOf = new LongKeyMap<>();
    private final Map<Long, Integer> walletSize = new HashMap<>();

    void add(FundingEvent f) {
        if (f.exchange() || walletOf.get(f.coldkey()) != null) {
            return;
        }
        walletOf.computeIfAbsent(f.coldkey(), k -> f.source());
        walletSize.merge(f.source(), 1, Integer::sum);
    }

    /** The actor a coldkey belongs to: its funding wallet, or the key itself. */
    long actor(int coldkey) {
        Long w = walletOf.get(coldkey);
        return w == null ? coldkey : WALLET_ACTOR + w;
    }

    /** How many coldkeys the key's actor funded (1 for a key standing alone). */
    int size(int coldkey) {
        Long w = walletOf.get(coldkey);
        return w == null ? 1 : walletSize.get(w);
    }
}
