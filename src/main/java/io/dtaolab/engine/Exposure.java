package io.dtaolab.engine;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import java.util.List;

/**
 * Capital at risk: the TAO value at spot of the alpha the adversaries hold, tracked to its maximum. Sampled at
 * the end of every block and after every trade on a subnet an adversary holds (so a position bought and sold
 * within a block counts). Only the adversaries' own positions are read, never the whole stake book.
 */
final class Exposure {
    private final World world;
    private final int[] adversaries;
    /** alpha[a][netuid] held by adversary a, refreshed for a subnet when it trades there and every block. */
    private final long[][] alpha;
    private final boolean[] held;
    private final double[] maxPerAdversary;
    private double maxTotal;

    Exposure(World world) {
        this.world = world;
        List<io.dtaolab.agents.Agent> agents = world.agents();
        this.adversaries = java.util.stream.IntStream.range(0, agents.size()).filter(i -> agents.get(i).adversary()).toArray();
        this.alpha = new long[adversaries.length][world.network().capacity()];
        this.held = new boolean[world.network().capacity()];
        this.maxPerAdversary = new double[agents.size()];
    }

    boolean any() {
        return adversaries.length > 0;
    }

    /** After a trade on {@code netuid}; {@code agentId} traded it. */
    void afterTrade(Trade t) {
        if (t.adversary()) {
            for (int a = 0; a < adversaries.length; a++) {
                if (world.agents().get(adversaries[a]).id().equals(t.agentId())) {
                    refresh(a, t.netuid());
                }
            }
        } else if (t.netuid() >= held.length || !held[t.netuid()]) {
            return;
        }
        sample();
    }

    /** End of block: emission may have changed stakes, the coinbase prices. */
    void afterBlock() {
        for (int a = 0; a < adversaries.length; a++) {
            AgentBook b = world.book(adversaries[a]);
            java.util.Arrays.fill(alpha[a], 0);
            for (int i = 0; i < b.positionCount; i++) {
                long k = b.positions[i];
                int n = AgentBook.netuid(k);
                if (n != 0 && n < alpha[a].length) {
                    alpha[a][n] += world.network().stake(AgentBook.coldkey(k), AgentBook.hotkey(k), n);
                }
            }
        }
        sample();
    }

    private void refresh(int a, int netuid) {
        if (netuid == 0 || netuid >= alpha[a].length) {
            return;
        }
        AgentBook b = world.book(adversaries[a]);
        long sum = 0;
        for (int i = 0; i < b.positionCount; i++) {
            long k = b.positions[i];
            if (AgentBook.netuid(k) == netuid) {
                sum += world.network().stake(AgentBook.coldkey(k), AgentBook.hotkey(k), netuid);
            }
        }
        alpha[a][netuid] = sum;
    }

    private void sample() {
        Network net = world.network();
        double total = 0;
        java.util.Arrays.fill(held, false);
        for (int a = 0; a < adversaries.length; a++) {
            double v = 0;
            for (int n = 1; n < alpha[a].length; n++) {
                if (alpha[a][n] > 0) {
                    held[n] = true;
                    v += Rao.toTao(alpha[a][n]) * net.spotPrice(n);
                }
            }
            maxPerAdversary[adversaries[a]] = Math.max(maxPerAdversary[adversaries[a]], v);
            total += v;
        }
        maxTotal = Math.max(maxTotal, total);
    }

    double maxOf(int agentIndex) {
        return maxPerAdversary[agentIndex];
    }

    double maxTotal() {
        return maxTotal;
    }
}
