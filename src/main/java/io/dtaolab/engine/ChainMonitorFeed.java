package io.dtaolab.engine;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.StakeResult;
import java.util.Map;

/** What a chain monitor sees of one world (executed trades, weight sets), passed to a {@link MonitorTrace} if any. */
final class ChainMonitorFeed {
    private final Network net;
    private MonitorTrace trace;

    ChainMonitorFeed(Network net) {
        this.net = net;
    }

    /** null (the default) turns the feed off. */
    void traceTo(MonitorTrace t) {
        this.trace = t;
    }

    /** Before a world is copied: its copy gets no monitor. */
    void detachInCopy(Map<Object, Object> substitutes) {
        if (trace != null) {
            substitutes.put(trace, null);
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
        trace.weights(net.block(), netuid, hotkey, net.hotkeyOwner(hotkey), owner, row, sum > 0 ? toOwner / sum : 0);
    }

    void trade(int positionInBlock, int coldkey, int netuid, boolean buy, StakeResult r, double priceBefore) {
        if (trace != null) {
            trace.trade(net.block(), positionInBlock, coldkey, netuid, buy, r.taoRao(), r.alphaRao(), priceBefore,
                    net.spotPrice(netuid), net.taoReserve(netuid));
        }
    }
}
