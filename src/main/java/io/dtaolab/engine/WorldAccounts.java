package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.chain.Network;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a world's accounts once its agents are set up and closes them at the run's end ({@link WorldLedger}).
 * Every coldkey belongs to one party: the adversary or honest class whose agent signs with it, else "other
 * holders". Walks every stake position, so it runs twice per world, never per block.
 */
final class WorldAccounts {
    static final long RAO_PER_TAO = 1_000_000_000L;
    private World world;
    private final List<String> names = new ArrayList<>();
    private final List<WorldLedger.Kind> kinds = new ArrayList<>();
    private final int[] partyOfAgent;
    private final int[] partyOfColdkey;
    private final int other;
    private final int pools;
    private final int protocol;
    private final int author;
    private final int burn;
    /** Stake in hotkey pools beyond the holders' floored shares: nobody's yet, the chain keeps it in the pool. */
    private final int dust;
    private final PartyHoldings[] start;
    private final long[] priceStart;
    private final long taoTotalStart;
    private final long[] alphaTotalStart;

    WorldAccounts(World world) {
        this(world, world.agents().size());
    }

    /**
     * Accounts of the world as seen by its first {@code agentCount} agents only (the twin's view of the attack world
     * before the fork: the dormant adversaries' coldkeys are other holders).
     */
    WorldAccounts(World world, int agentCount) {
        this.world = world;
        List<Agent> agents = world.agents().subList(0, agentCount);
        partyOfAgent = new int[agents.size()];
        Map<String, Integer> honest = new LinkedHashMap<>();
        for (int i = 0; i < agents.size(); i++) {
            Agent a = agents.get(i);
            if (a.adversary()) {
                partyOfAgent[i] = add(a.id(), WorldLedger.Kind.ADVERSARY);
            }
        }
        for (int i = 0; i < agents.size(); i++) {
            Agent a = agents.get(i);
            if (!a.adversary()) {
                partyOfAgent[i] = honest.computeIfAbsent(a.type(), t -> add(t, WorldLedger.Kind.HONEST));
            }
        }
        other = add("other holders", WorldLedger.Kind.OTHER_HOLDERS);
        pools = add("pools", WorldLedger.Kind.POOLS);
        protocol = add("protocol", WorldLedger.Kind.PROTOCOL);
        author = add("block author", WorldLedger.Kind.BLOCK_AUTHOR);
        burn = add("burn", WorldLedger.Kind.BURN);
        dust = add("share dust", WorldLedger.Kind.SHARE_DUST);
        Network net = world.network();
        partyOfColdkey = new int[net.accounts().coldkeyCount()];
        java.util.Arrays.fill(partyOfColdkey, other);
        int[] adversaryOfColdkey = new int[partyOfColdkey.length];
        java.util.Arrays.fill(adversaryOfColdkey, -1);
        for (int i = 0; i < agents.size(); i++) {
            for (int c : agents.get(i).coldkeys()) {
                partyOfColdkey[c] = partyOfAgent[i];
                if (agents.get(i).adversary()) {
                    adversaryOfColdkey[c] = i;
                }
            }
        }
        // positions an adversary holds from setup (a subnet owner's stake) are its own from the first block
        net.forEachStake((coldkey, hotkey, netuid, amount) -> {
            if (coldkey < adversaryOfColdkey.length && adversaryOfColdkey[coldkey] >= 0) {
                world.book(adversaryOfColdkey[coldkey]).touch(coldkey, hotkey, netuid);
            }
        });
        start = holdings();
        priceStart = prices(net);
        taoTotalStart = net.ledger().initialIssuance() + net.ledger().minted();
        alphaTotalStart = alphaTotals(net);
    }

    private int add(String name, WorldLedger.Kind kind) {
        names.add(name);
        kinds.add(kind);
        return names.size() - 1;
    }

    /** The world these accounts close on: the twin, once it is forked off the world they were opened on. */
    void moveTo(World forked) {
        this.world = forked;
    }

    int partyOfAgent(int agentIndex) {
        return partyOfAgent[agentIndex];
    }

    PartyHoldings startOf(int party) {
        return start[party];
    }

    WorldLedger close() {
        Network net = world.network();
        PartyHoldings[] end = holdings();
        TradeFlows[] flows = new TradeFlows[names.size()];
        for (int p = 0; p < flows.length; p++) {
            flows[p] = new TradeFlows();
        }
        for (int i = 0; i < partyOfAgent.length; i++) {
            flows[partyOfAgent[i]].addAll(world.book(i).flows);
        }
        List<WorldLedger.Party> parties = new ArrayList<>();
        for (int p = 0; p < names.size(); p++) {
            parties.add(new WorldLedger.Party(names.get(p), kinds.get(p), start[p], end[p], flows[p]));
        }
        return new WorldLedger(world.label(), parties, priceStart, prices(net), taoTotalStart,
                net.ledger().initialIssuance() + net.ledger().minted(), alphaTotalStart, alphaTotals(net));
    }

    /** Every party's TAO and alpha now. */
    PartyHoldings[] holdings() {
        Network net = world.network();
        int width = net.capacity();
        long[] tao = new long[names.size()];
        long[][] alpha = new long[names.size()][width];
        int coldkeys = net.accounts().coldkeyCount();
        for (int c = 0; c < coldkeys; c++) {
            tao[party(c)] += net.free(c);
        }
        long[] rootAttributed = new long[1];
        net.forEachStake((coldkey, hotkey, netuid, amount) -> {
            if (netuid == 0) {
                tao[party(coldkey)] += amount;
                rootAttributed[0] += amount;
            } else {
                alpha[party(coldkey)][netuid] += amount;
            }
        });
        var ledger = net.ledger();
        tao[other] += ledger.outside();
        long authorFees = net.blockAuthor() < 0 ? ledger.authorFees() : 0;
        tao[author] += authorFees;
        tao[burn] += ledger.burned() + ledger.recycled() - authorFees;
        for (int n : net.netuids()) {
            tao[pools] += net.taoReserve(n);
            tao[protocol] += net.pendingRootTao(n) + net.lpFeeTao(n);
            alpha[pools][n] += net.alphaReserve(n);
            alpha[protocol][n] += net.protocolAlpha(n);
            alpha[burn][n] += net.alphaBurned(n);
        }
        tao[protocol] += net.pendingRootTao(0);
        long[] attributed = new long[width];
        for (int p = 0; p < names.size(); p++) {
            if (p != pools && p != protocol && p != burn) {
                for (int n = 1; n < width; n++) {
                    attributed[n] += alpha[p][n];
                }
            }
        }
        tao[dust] += net.stakedTotal(0) - rootAttributed[0];
        for (int n : net.netuids()) {
            alpha[dust][n] = net.stakedTotal(n) - attributed[n];
        }
        PartyHoldings[] out = new PartyHoldings[names.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = new PartyHoldings(tao[p], alpha[p]);
        }
        return out;
    }

    private int party(int coldkey) {
        return coldkey < partyOfColdkey.length ? partyOfColdkey[coldkey] : other;
    }

    /** Spot price in RAO per alpha (rounded); root is 1 TAO. */
    static long[] prices(Network net) {
        long[] p = new long[net.capacity()];
        p[0] = RAO_PER_TAO;
        for (int n : net.netuids()) {
            p[n] = Math.round(net.spotPrice(n) * RAO_PER_TAO);
        }
        return p;
    }

    private static long[] alphaTotals(Network net) {
        long[] t = new long[net.capacity()];
        for (int n : net.netuids()) {
            t[n] = net.alphaReserve(n) + net.alphaOutstanding(n);
        }
        return t;
    }
}
