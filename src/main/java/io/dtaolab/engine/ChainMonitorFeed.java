package io.dtaolab.engine;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.StakeResult;
import java.util.Arrays;
import java.util.Map;

/**
 * What a chain monitor sees of one world (executed and failed stake trades, weight sets, root weights, holder votes,
 * coldkey fundings), passed to a {@link MonitorTrace} if any.
 */
final class ChainMonitorFeed {
    /** Publicly labelled exchange hot wallets that fund single-key users (real explorers label them). */
    static final int EXCHANGES = 4;
    static final long EXCHANGE_ADDRESS = 1L << 40;
    static final long WALLET_ADDRESS = 2L << 40;

    private final Network net;
    private MonitorTrace trace;
    /** A second trace fed after {@link #trace} (the twin's before the fork), or null; see {@link MonitorTrace.Both}. */
    private MonitorTrace also;
    /** Every funding so far, 5 longs each (block, coldkey, source, exchange 0/1, rao): replayed to a new monitor. */
    private long[] fundings = new long[0];
    private int fundingCount;
    private long wallets;

    ChainMonitorFeed(Network net) {
        this.net = net;
    }

    /** null (the default) turns the feed off. The fundings so far are replayed to a new monitor. */
    void traceTo(MonitorTrace t) {
        if (t instanceof MonitorTrace.Both both) {
            this.trace = both.a();
            this.also = both.b();
        } else {
            this.trace = t;
            this.also = null;
        }
        if (t != null) {
            for (int i = 0; i < fundingCount; i++) {
                int o = 5 * i;
                t.funding(fundings[o], (int) fundings[o + 1], fundings[o + 2], fundings[o + 3] == 1, fundings[o + 4]);
            }
        }
    }

    /** Before a world is copied: its copy gets no monitor. */
    void detachInCopy(Map<Object, Object> substitutes) {
        if (trace != null) {
            substitutes.put(trace, null);
        }
        if (also != null) {
            substitutes.put(also, null);
        }
    }

    /**
     * The opening balances of one agent's coldkeys, as the transfers that funded them: an actor with several coldkeys
     * funds them from its own wallet (as Sybil operators and split whales do), a single-key user withdraws from one
     * of the {@value #EXCHANGES} exchanges (picked by a stable hash of {@code actor}).
     */
    void funded(String actor, int[] coldkeys, long raoEach) {
        boolean exchange = coldkeys.length == 1;
        long source = exchange ? EXCHANGE_ADDRESS + Math.floorMod(actor.hashCode(), EXCHANGES) : WALLET_ADDRESS + wallets++;
        for (int ck : coldkeys) {
            if (5 * (fundingCount + 1) > fundings.length) {
                fundings = Arrays.copyOf(fundings, Math.max(40, 2 * fundings.length));
            }
            int o = 5 * fundingCount++;
            fundings[o] = net.block();
            fundings[o + 1] = ck;
            fundings[o + 2] = source;
            fundings[o + 3] = exchange ? 1 : 0;
            fundings[o + 4] = raoEach;
            if (trace != null) {
                trace.funding(net.block(), ck, source, exchange, raoEach);
                if (also != null) {
                    also.funding(net.block(), ck, source, exchange, raoEach);
                }
            }
        }
    }

    void weights(int netuid, int hotkey, double[] row) {
        if (trace == null) {
            return;
        }
        Neurons ns = net.neurons(netuid);
        int owner = net.subnetOwner(netuid);
        double sum = 0;
        double toOwner = 0;
        for (int uid = 0; uid < row.length && uid < ns.size(); uid++) {
            sum += row[uid];
            // uid 0 is the owner hotkey: weight there is the subnet's public miner burn (recycled, paid to nobody),
            // which honest validators reproduce on every burning subnet; only owner-held miners receive incentive.
            if (uid > 0 && owner >= 0 && net.hotkeyOwner(ns.hotkey(uid)) == owner) {
                toOwner += row[uid];
            }
        }
        double ownerShare = sum > 0 ? toOwner / sum : 0;
        trace.weights(net.block(), netuid, hotkey, net.hotkeyOwner(hotkey), owner, row, ownerShare);
        if (also != null) {
            also.weights(net.block(), netuid, hotkey, net.hotkeyOwner(hotkey), owner, row, ownerShare);
        }
    }

    void trade(int positionInBlock, int coldkey, int hotkey, int netuid, boolean buy, StakeResult r, double priceBefore) {
        if (trace == null) {
            return;
        }
        if (netuid == 0 && buy) {
            trace.rootStake(net.block(), coldkey, hotkey, net.hotkeyOwner(hotkey), r.taoRao());
            if (also != null) {
                also.rootStake(net.block(), coldkey, hotkey, net.hotkeyOwner(hotkey), r.taoRao());
            }
        }
        double priceAfter = net.spotPrice(netuid);
        long reserve = net.taoReserve(netuid);
        trace.trade(net.block(), positionInBlock, coldkey, netuid, buy, r.taoRao(), r.alphaRao(), priceBefore,
                priceAfter, reserve);
        if (also != null) {
            also.trade(net.block(), positionInBlock, coldkey, netuid, buy, r.taoRao(), r.alphaRao(), priceBefore,
                    priceAfter, reserve);
        }
    }

    void failedTrade(int positionInBlock, int coldkey, int netuid, boolean buy, long amountRao) {
        if (trace != null) {
            trace.failedTrade(net.block(), positionInBlock, coldkey, netuid, buy, amountRao);
            if (also != null) {
                also.failedTrade(net.block(), positionInBlock, coldkey, netuid, buy, amountRao);
            }
        }
    }

    void holderVote(int coldkey, double[] weightsByNetuid) {
        if (trace != null) {
            trace.holderVote(net.block(), coldkey, weightsByNetuid);
            if (also != null) {
                also.holderVote(net.block(), coldkey, weightsByNetuid);
            }
        }
    }

    void rootWeights(int hotkey, double[] weightsByNetuid) {
        if (trace != null) {
            trace.rootWeights(net.block(), hotkey, net.hotkeyOwner(hotkey), weightsByNetuid);
            if (also != null) {
                also.rootWeights(net.block(), hotkey, net.hotkeyOwner(hotkey), weightsByNetuid);
            }
        }
    }
}
