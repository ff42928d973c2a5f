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
    /**
     * netuids[a][0..netuidCount[a]): the distinct subnets of adversary a's positions, ascending, the only places
     * alpha[a] can be non-zero; positionsSeen[a]: the book's position count when they were listed.
     */
    private final int[][] netuids;
    private final int[] netuidCount;
    private final int[] positionsSeen;
    private final boolean[] held;
    /** The subnets {@link #held} marks, to clear them without a pass over every subnet. */
    private final int[] heldList;
    private int heldCount;
    private final double[] maxPerAdversary;
    private double maxTotal;

    Exposure(World world) {
        this.world = world;
        List<io.dtaolab.agents.Agent> agents = world.agents();
        this.adversaries = java.util.stream.IntStream.range(0, agents.size()).filter(i -> agents.get(i).adversary()).toArray();
        this.alpha = new long[adversaries.length][world.network().capacity()];
        this.netuids = new int[adversaries.length][4];
        this.netuidCount = new int[adversaries.length];
        this.positionsSeen = new int[adversaries.length];
        this.held = new boolean[world.network().capacity()];
        this.heldList = new int[world.network().capacity()];
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
            addNewNetuids(a, b);
            long[] row = alpha[a];
            int[] ns = netuids[a];
            for (int j = 0; j < netuidCount[a]; j++) {
                row[ns[j]] = 0;
            }
            for (int i = 0; i < b.positionCount; i++) {
                long k = b.positions[i];
                int n = AgentBook.netuid(k);
                if (n != 0 && n < row.length) {
                    row[n] += world.network().stake(AgentBook.coldkey(k), AgentBook.hotkey(k), n);
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
        addNewNetuids(a, b);
        long sum = 0;
        for (int i = 0; i < b.positionCount; i++) {
            long k = b.positions[i];
            if (AgentBook.netuid(k) == netuid) {
                sum += world.network().stake(AgentBook.coldkey(k), AgentBook.hotkey(k), netuid);
            }
        }
        alpha[a][netuid] = sum;
    }

    /** After the book gained positions (kept sorted by key, so anywhere in it), its subnets are listed anew. */
    private void addNewNetuids(int a, AgentBook b) {
        if (positionsSeen[a] == b.positionCount) {
            return; // books only gain positions
        }
        int count = netuidCount[a];
        for (int i = 0; i < b.positionCount; i++) {
            int n = AgentBook.netuid(b.positions[i]);
            if (n == 0 || n >= alpha[a].length) {
                continue;
            }
            int[] ns = netuids[a];
            int at = java.util.Arrays.binarySearch(ns, 0, count, n);
            if (at >= 0) {
                continue;
            }
            at = -at - 1;
            if (count == ns.length) {
                ns = netuids[a] = java.util.Arrays.copyOf(ns, count * 2);
            }
            System.arraycopy(ns, at, ns, at + 1, count - at);
            ns[at] = n;
            count++;
        }
        netuidCount[a] = count;
        positionsSeen[a] = b.positionCount;
    }

    /** The sum runs over each adversary's subnets in ascending order, as a pass over every subnet would. */
    private void sample() {
        Network net = world.network();
        double total = 0;
        for (int j = 0; j < heldCount; j++) {
            held[heldList[j]] = false;
        }
        heldCount = 0;
        for (int a = 0; a < adversaries.length; a++) {
            double v = 0;
            long[] row = alpha[a];
            int[] ns = netuids[a];
            for (int j = 0; j < netuidCount[a]; j++) {
                int n = ns[j];
                if (row[n] > 0) {
                    if (!held[n]) {
                        held[n] = true;
                        heldList[heldCount++] = n;
                    }
                    v += Rao.toTao(row[n]) * net.spotPrice(n);
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
