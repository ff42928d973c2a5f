package io.dtaolab.chain;

import io.dtaolab.chain.epoch.HolderVote;
import io.dtaolab.chain.epoch.RootVote;
import java.util.TreeMap;

/**
 * The pre-dTAO allocation systems: root validators' weights over subnets (root-vote) and TAO holders'
 * delegations (holder-vote). Shares are recomputed only when a vote or the voters' stake may have changed.
 */
final class Votes {
    private final int capacity;
    private final TreeMap<Integer, double[]> rootWeights = new TreeMap<>();
    private final TreeMap<Integer, double[]> holderVotes = new TreeMap<>();
    private final double[] cached;
    private boolean dirty = true;
    private long computedAt = Long.MIN_VALUE;
    /** Voters' stake drifts slowly; between vote changes shares are refreshed once per this many blocks. */
    static final long REFRESH_BLOCKS = 360;

    Votes(int capacity) {
        this.capacity = capacity;
        this.cached = new double[capacity];
    }

    void setRootWeights(int hotkey, double[] byNetuid) {
        rootWeights.put(hotkey, checked(byNetuid));
        dirty = true;
    }

    void setHolderVote(int coldkey, double[] byNetuid) {
        holderVotes.put(coldkey, checked(byNetuid));
        dirty = true;
    }

    private double[] checked(double[] byNetuid) {
        if (byNetuid.length > capacity) {
            throw new ChainException(ChainError.InvalidWeights, "more weights than subnets");
        }
        double[] copy = new double[capacity];
        for (int i = 0; i < byNetuid.length; i++) {
            if (!(byNetuid[i] >= 0) || Double.isInfinite(byNetuid[i])) {
                throw new ChainException(ChainError.InvalidWeights, "weights must be finite and ≥ 0");
            }
            copy[i] = byNetuid[i];
        }
        copy[0] = 0;
        return copy;
    }

    /** Fills {@code out} (by netuid) with the vote shares under the network's rule. */
    void shares(Network net, double[] out) {
        if (dirty || net.block - computedAt >= REFRESH_BLOCKS) {
            compute(net, cached);
            dirty = false;
            computedAt = net.block;
        }
        System.arraycopy(cached, 0, out, 0, capacity);
    }

    private void compute(Network net, double[] out) {
        java.util.Arrays.fill(out, 0);
        double[] result;
        if (net.mech.shareRule() == Mechanism.ShareRule.ROOT_VOTE) {
            if (rootWeights.isEmpty()) {
                return;
            }
            double[] stake = new double[rootWeights.size()];
            double[][] weights = new double[rootWeights.size()][];
            int i = 0;
            for (var e : rootWeights.entrySet()) {
                stake[i] = net.stakes.hotkeyStake(e.getKey(), 0);
                weights[i++] = e.getValue();
            }
            result = RootVote.shares(stake, weights, net.mech.rootVoteKappa(), 64);
        } else {
            if (holderVotes.isEmpty()) {
                return;
            }
            long[] stake = new long[holderVotes.size()];
            double[][] weights = new double[holderVotes.size()][];
            int i = 0;
            for (var e : holderVotes.entrySet()) {
                stake[i] = net.accounts.free(e.getKey()) + rootStakeOf(net, e.getKey());
                weights[i++] = e.getValue();
            }
            result = HolderVote.shares(stake, weights);
        }
        System.arraycopy(result, 0, out, 0, Math.min(result.length, out.length));
    }

    private static long rootStakeOf(Network net, int coldkey) {
        long sum = 0;
        for (int h = 0; h < net.accounts.hotkeyCount(); h++) {
            sum += net.stakes.stake(coldkey, h, 0);
        }
        return sum;
    }
}
