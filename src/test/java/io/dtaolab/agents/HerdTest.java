package io.dtaolab.agents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.TestNetworks;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The herd: one small buy into the smallest pool draws every momentum follower in at once when they share
 * one threshold and have no sense of value, and the price runs away; with the default heterogeneity, premium
 * tolerance and loss budget the same trigger draws a few of them and the price stays within a small multiple.
 */
class HerdTest {
    static final int FOLLOWERS = 60;

    /** Highest spot over the opening spot of the smallest pool in the 1,500 blocks after a 3 % trigger buy. */
    static double peakAfterTrigger(Map<String, Object> followerParams, long seed) {
        Network net = TestNetworks.synthetic(Presets.get(Presets.CURRENT), 4, 11);
        AgentHarness h = new AgentHarness(net, seed, FOLLOWERS);
        int smallest = -1;
        for (int n : net.netuids()) {
            if (n > 0 && (smallest < 0 || net.taoReserve(n) < net.taoReserve(smallest))) {
                smallest = n;
            }
        }
        // together the followers could put 3x the pool in, as in the issue (8.4k TAO against a 2.7k-TAO pool)
        double wallet = net.taoReserve(smallest) / (double) Rao.PER_TAO * 6 / FOLLOWERS;
        for (int i = 0; i < FOLLOWERS; i++) {
            Map<String, Object> p = new HashMap<>(followerParams);
            p.putAll(Map.of("walletTao", wallet, "lookbackBlocks", 60L, "entryThreshold", 0.02, "holdBlocks", 3_000L));
            h.add(AgentFactory.honest(AgentType.MOMENTUM_FOLLOWER, AgentType.MOMENTUM_FOLLOWER.resolve(p), "mom-" + i, 0));
        }
        h.start();
        h.run(100);
        double open = net.spotPrice(smallest);
        long trigger = net.taoReserve(smallest) * 3 / 200; // 1.5 % of the pool: about +3 % on the price
        int ck = net.createColdkey("trigger", trigger + Rao.PER_TAO);
        net.addStake(ck, Trading.validatorHotkey(h.view, smallest, ck), smallest, trigger, Long.MAX_VALUE, false);
        double peak = open;
        for (int b = 0; b < 1_500; b++) {
            h.step();
            peak = Math.max(peak, net.spotPrice(smallest));
        }
        return peak / open;
    }

    @Test
    void aSmallBuyNoLongerSendsTheWholeHerdIn() {
        Map<String, Object> herd = Map.of("heterogeneity", 0.0, "maxPremium", 100.0, "maxDrawdown", 1.0, "buyFraction", 0.5);
        for (long seed = 1; seed <= 2; seed++) {
            double alike = peakAfterTrigger(herd, seed);
            double calm = peakAfterTrigger(Map.of(), seed);
            assertTrue(alike > 3, "seed " + seed + ": followers alike and without a value anchor should run the price away: " + alike);
            assertTrue(calm < 2, "seed " + seed + ": default followers should stay within 2x: " + calm);
        }
    }
}
