package io.dtaolab.analysis.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Coldkeys grouped by who funded them: keys funded from the same wallet are one actor (a split whale, a Sybil swarm,
 * a cartel); keys funded from a labelled exchange, or not seen funded, stand alone (an exchange funds thousands of
 * unrelated users). Fed by {@link Detector#onFunding}; the shipped bank's detectors share one, each feeding it the same
 * fundings ({@link #add} of a funding already seen changes nothing), so a trade reads one key's actor from one array
 * rather than from one copy per detector.
 */
final class FundingClusters {
    /** Actor ids of wallet-funded keys start here, clear of coldkey ids (which stand for themselves). */
    static final long WALLET_ACTOR = 1L << 32;

    /**
     * By coldkey (dense chain ids from 0, grown on demand): the actor of a wallet-funded key, 0 for a key standing
     * alone. Every trade asks several detectors for its actor: an array read, not a hash probe and an unboxing.
     */
    private long[] actorOf = new long[0];
    private final Map<Long, Integer> walletSize = new HashMap<>();

    void add(FundingEvent f) {
        int ck = f.coldkey();
        if (f.exchange() || ck < actorOf.length && actorOf[ck] != 0) {
            return;
        }
        if (ck >= actorOf.length) {
            actorOf = Arrays.copyOf(actorOf, Math.max(ck + 1, 2 * actorOf.length));
        }
        actorOf[ck] = WALLET_ACTOR + f.source();
        walletSize.merge(f.source(), 1, Integer::sum);
    }

    /** The actor a coldkey belongs to: its funding wallet, or the key itself. */
    long actor(int coldkey) {
        long a = coldkey >= 0 && coldkey < actorOf.length ? actorOf[coldkey] : 0;
        return a != 0 ? a : coldkey;
    }

    /** How many coldkeys the key's actor funded (1 for a key standing alone). */
    int size(int coldkey) {
        long a = actor(coldkey);
        return a == coldkey ? 1 : walletSize.get(a - WALLET_ACTOR);
    }
}
