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
     * Sized for a mainnet-scale world up front (the mainnet snapshot alone has ~20,000 coldkeys): a growth branch
     * first taken in a later world of the same JVM (seeds, sweeps) is a deoptimisation of the compiled trade path.
     */
    private static final int INITIAL_KEYS = 1 << 15;

    /**
     * By coldkey (dense chain ids from 0, grown on demand), {@link #stride} longs: the actor of a wallet-funded key (0
     * for a key standing alone), then the per-coldkey counts the detectors {@link #claim}ed. Every trade asks several
     * detectors for its key's actor and counts: one line of one array, not a hash probe, nor a line per detector.
     */
    private long[] perKey = new long[INITIAL_KEYS];
    private int stride = 1;
    private boolean used;
    private final Map<Long, Integer> walletSize = new HashMap<>();

    /** A per-coldkey count (from 0) for one detector, claimed before the first funding; returns its column. */
    int claim() {
        if (used) {
            throw new IllegalStateException("count claimed after first use");
        }
        stride++;
        perKey = new long[INITIAL_KEYS * stride];
        return stride - 1;
    }

    void add(FundingEvent f) {
        used = true;
        int ck = f.coldkey();
        if (f.exchange() || ck < 0) {
            return;
        }
        ensure(ck);
        if (perKey[ck * stride] != 0) {
            return;
        }
        perKey[ck * stride] = WALLET_ACTOR + f.source();
        walletSize.merge(f.source(), 1, Integer::sum);
    }

    /** The actor a coldkey belongs to: its funding wallet, or the key itself. */
    long actor(int coldkey) {
        long a = coldkey >= 0 && coldkey < perKey.length / stride ? perKey[coldkey * stride] : 0;
        return a != 0 ? a : coldkey;
    }

    /** How many coldkeys the key's actor funded (1 for a key standing alone). */
    int size(int coldkey) {
        long a = actor(coldkey);
        return a == coldkey ? 1 : walletSize.get(a - WALLET_ACTOR);
    }

    /** The coldkey's count in {@code column} (0 for a key never counted). */
    long count(int coldkey, int column) {
        return coldkey < perKey.length / stride ? perKey[coldkey * stride + column] : 0;
    }

    /** Adds {@code delta} to the coldkey's count in {@code column}. */
    void count(int coldkey, int column, long delta) {
        ensure(coldkey);
        perKey[coldkey * stride + column] += delta;
    }

    private void ensure(int coldkey) {
        if ((coldkey + 1) * stride > perKey.length) {
            perKey = Arrays.copyOf(perKey, Math.max(coldkey + 1, perKey.length / stride * 2) * stride);
        }
    }
}
