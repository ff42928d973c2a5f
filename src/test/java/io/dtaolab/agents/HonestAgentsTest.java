package io.dtaolab.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.agents.honest.Validator;
import io.dtaolab.chain.ChainError;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.TestNetworks;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HonestAgentsTest {

    static Agent honest(AgentType t, String id, Map<String, ?> params) {
        return AgentFactory.honest(t, t.resolve(params), id, 0);
    }

    static AgentHarness population(String preset, long seed) {
        Network net = TestNetworks.synthetic(Presets.get(preset), 4, 11);
        AgentHarness h = new AgentHarness(net, seed, 64);
        for (int i = 0; i < 6; i++) {
            h.add(honest(AgentType.NOISE_TRADER, "noise-" + i,
                    Map.of("ratePerDay", 300.0, "walletTao", 100.0, "slippageTolerance", 0.02, "sizeTaoMedian", 5.0)));
        }
        h.add(honest(AgentType.LONG_TERM_STAKER, "lts-0", Map.of("rebalanceEveryDays", 0.05, "walletTao", 1000.0)));
        h.add(honest(AgentType.YIELD_CHASER, "yc-0",
                Map.of("checkEveryBlocks", 60L, "moveThreshold", 0.0, "fractionMoved", 0.5)));
        for (int i = 0; i < 3; i++) {
            h.add(honest(AgentType.MOMENTUM_FOLLOWER, "mom-" + i,
                    Map.of("lookbackBlocks", 30L, "entryThreshold", 0.0, "holdBlocks", 100L)));
        }
        h.add(honest(AgentType.MINER_SELLER, "ms-0", Map.of("sellEveryBlocks", 50L)));
        h.add(honest(AgentType.VALIDATOR, "validator-0", Map.of("setWeightsEveryBlocks", 50L)));
        h.add(honest(AgentType.VALIDATOR, "validator-1", Map.of("setWeightsEveryBlocks", 50L)));
        h.add(honest(AgentType.ROOT_STAKER, "root-0", Map.of("claimEveryBlocks", 100L)));
        h.add(honest(AgentType.SUBNET_OWNER, "owner-0",
                Map.of("sellerShare", 1.0, "buyerShare", 1.0, "buyTaoMedian", 500.0, "tradeEveryBlocks", 50L)));
        h.add(honest(AgentType.ALPHA_HOLDER, "holder-0", Map.of("exitPerDay", 0.1, "sellEveryBlocks", 50L)));
        h.start();
        return h;
    }

    @Test
    void everyHonestTypeActsAndNeverSubmitsUnaffordableOrders() {
        for (String preset : new String[] {Presets.LAUNCH, Presets.TAOFLOW, Presets.CURRENT, Presets.HOLDER_VOTE}) {
            AgentHarness h = population(preset, 42);
            h.run(1_200);
            java.util.Set<String> typesActed = new java.util.TreeSet<>();
            for (int i = 0; i < 17; i++) {
                Agent a = h.agent(i);
                assertTrue(h.submitted[i] > 0, preset + ": " + a.id() + " never submitted");
                assertEquals(0, h.refused(i, ChainError.NotEnoughBalance), preset + ": " + a.id() + " " + h.refusals.get(i));
                assertEquals(0, h.refused(i, ChainError.NotEnoughStake), preset + ": " + a.id() + " " + h.refusals.get(i));
                if (h.executed[i] > 0) {
                    typesActed.add(a.type());
                }
            }
            assertEquals(AgentType.ids(io.dtaolab.agents.catalog.AgentRole.HONEST).size(), typesActed.size(),
                    preset + ": types with an executed extrinsic " + typesActed + " refusals " + h.refusals);
            assertTrue(h.net.invariantViolations().isEmpty(), h.net.invariantViolations().toString());
        }
    }

    @Test
    void validatorsAreAssignedRoundRobinByIdNumber() {
        AgentHarness h = population(Presets.TAOFLOW, 1);
        assertNotEquals(((Validator) h.agent(12)).netuid(), ((Validator) h.agent(13)).netuid());
    }

    @Test
    void sameSeedSameSubmissionsDifferentSeedDiffers() {
        AgentHarness a = population(Presets.TAOFLOW, 7);
        AgentHarness b = population(Presets.TAOFLOW, 7);
        AgentHarness c = population(Presets.TAOFLOW, 8);
        a.run(800);
        b.run(800);
        c.run(800);
        assertTrue(a.log.size() > 50);
        assertEquals(a.log, b.log);
        assertEquals(a.net.stateHash(), b.net.stateHash());
        assertNotEquals(a.log, c.log);
    }
}
