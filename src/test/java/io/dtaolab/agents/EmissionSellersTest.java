package io.dtaolab.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.TestNetworks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sellers of what the chain pays out (miners' incentive, the snapshot holders' dividends and positions, the owner
 * cut) sell from the chain's own accounts and so push alpha prices down; without them nobody sells what is earned.
 */
class EmissionSellersTest {
    static final long BLOCKS = 3_000;

    private static Network run(Map<String, ?> miner, Map<String, ?> holder, Map<String, ?> owner) {
        Network net = TestNetworks.synthetic(Presets.get(Presets.CURRENT), 4, 11);
        AgentHarness h = new AgentHarness(net, 5, 8);
        h.add(HonestAgentsTest.honest(AgentType.MINER_SELLER, "ms-0", miner));
        h.add(HonestAgentsTest.honest(AgentType.ALPHA_HOLDER, "holder-0", holder));
        h.add(HonestAgentsTest.honest(AgentType.SUBNET_OWNER, "owner-0", owner));
        h.start();
        h.run(BLOCKS);
        assertTrue(net.invariantViolations().isEmpty(), net.invariantViolations().toString());
        return net;
    }

    private static long minerStake(Network net, int n) {
        Neurons ns = net.neurons(n);
        long sum = 0;
        for (int uid = 1; uid < ns.size(); uid++) {
            if (!ns.isValidator(uid)) {
                sum += net.stake(net.hotkeyOwner(ns.hotkey(uid)), ns.hotkey(uid), n);
            }
        }
        return sum;
    }

    @Test
    void sellingWhatIsEarnedLowersEveryPrice() {
        Map<String, Object> quietOwner = Map.of("sellerShare", 0.0, "buyerShare", 0.0);
        Network keep = run(Map.of("sellFraction", 0.0), Map.of("dividendSellFraction", 0.0, "exitPerDay", 0.0), quietOwner);
        Network sell = run(Map.of("sellFraction", 1.0, "sellEveryBlocks", 100L),
                Map.of("dividendSellFraction", 1.0, "exitPerDay", 0.05, "sellEveryBlocks", 100L), quietOwner);
        for (int n : keep.netuids()) {
            assertTrue(minerStake(keep, n) > 0, "SN" + n + ": miners earned incentive");
            assertTrue(minerStake(sell, n) < minerStake(keep, n) / 5, "SN" + n + ": miners sold what they earned: "
                    + minerStake(sell, n) + " vs " + minerStake(keep, n));
            assertTrue(sell.spotPrice(n) < keep.spotPrice(n) * 0.995, "SN" + n + ": " + sell.spotPrice(n) + " vs " + keep.spotPrice(n));
        }
    }

    @Test
    void ownersSellTheirDrawnShareOfTheCut() {
        Map<String, Object> quiet = Map.of("sellFraction", 0.0);
        Map<String, Object> still = Map.of("dividendSellFraction", 0.0, "exitPerDay", 0.0);
        Network keep = run(quiet, still, Map.of("sellerShare", 0.0, "buyerShare", 0.0));
        Network half = run(quiet, still, Map.of("sellerShare", 1.0, "sellRatioMedian", 0.5, "sellRatioSigma", 0.0,
                "buyerShare", 0.0, "tradeEveryBlocks", 100L));
        for (int n : keep.netuids()) {
            long cut = keep.stake(keep.subnetOwner(n), keep.subnetOwnerHotkey(n), n);
            long left = half.stake(half.subnetOwner(n), half.subnetOwnerHotkey(n), n);
            assertTrue(cut > 0, "SN" + n + ": the owner received its cut");
            assertEquals(0.5, (double) left / cut, 0.1, "SN" + n + ": half the cut kept");
        }
    }
}
