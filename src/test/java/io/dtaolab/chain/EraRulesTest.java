package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11 point 5: the lifecycle and emission rules that changed between eras. */
class EraRulesTest {
    private static final long ISSUANCE = 10_900_000L * Rao.PER_TAO;

    private static Network twoSubnets(Mechanism m, boolean secondEmits, long registeredBlock) {
        Network net = new Network(m, 4, ISSUANCE);
        net.block = 9_000_000L;
        for (int n = 1; n <= 2; n++) {
            int owner = net.createColdkey("owner-" + n, 0);
            int hot = net.createHotkey("owner-hot-" + n, owner);
            net.genesisSubnet(new SubnetSeed(n, false, 100_000L * Rao.PER_TAO, 1_000_000L * Rao.PER_TAO, 0, 0, 0.5, 0,
                    registeredBlock, 1, n == 1 || secondEmits, owner, hot, 0));
        }
        return net;
    }

    @Test
    void netFlowHonoursTheEmissionSwitch() {
        Network net = twoSubnets(Presets.get(Presets.NETFLOW), false, 1_000);
        int buyer = net.createColdkey("buyer", 10_000L * Rao.PER_TAO);
        for (int b = 0; b < 50; b++) {
            net.beginBlock();
            net.addStake(buyer, net.subnetOwnerHotkey(1), 1, 10L * Rao.PER_TAO, Long.MAX_VALUE, false);
            net.addStake(buyer, net.subnetOwnerHotkey(2), 2, 20L * Rao.PER_TAO, Long.MAX_VALUE, false);
            net.endBlock();
        }
        net.beginBlock();
        assertEquals(0.0, net.emissionShare(2), "subnet 2 has emission switched off");
        assertEquals(1.0, net.emissionShare(1), 1e-12);
    }

    @Test
    void startCallWaitsSevenDaysInTaoFlowAndNewSubnetsRegisterWithEmissionOffSinceJune2026() {
        for (String preset : List.of(Presets.TAOFLOW, Presets.CURRENT)) {
            Network net = twoSubnets(Presets.get(preset), true, 1_000);
            int owner = net.createColdkey("registrant", 100_000L * Rao.PER_TAO);
            int hot = net.createHotkey("registrant-hot", owner);
            int netuid = net.registerSubnet(owner, hot).netuid();
            boolean taoflow = preset.equals(Presets.TAOFLOW);
            if (taoflow) {
                assertThrows(ChainException.class, () -> net.addStake(owner, hot, netuid, Rao.PER_TAO, Long.MAX_VALUE, false),
                        "staking waits for the start call");
                for (int b = 0; b < 50_400; b++) {
                    net.step();
                    assertEquals(0, net.lastTaoEmission(netuid), "no emission before the start call");
                }
            }
            net.step();
            net.addStake(owner, hot, netuid, Rao.PER_TAO, Long.MAX_VALUE, false);
            net.step();
            assertEquals(taoflow, net.emissionShare(netuid) > 0, preset + ": emission flag at registration");
        }
    }

    @Test
    void dissolutionCountsThePoolsAlphaOnlyForSubnetsRegisteredAfterTheRefundDeployment() {
        Mechanism current = Presets.get(Presets.CURRENT);
        long[] paid = new long[2];
        long[] registered = {Presets.TAO_IN_REFUND_BLOCK - 1, Presets.TAO_IN_REFUND_BLOCK + 1};
        for (int i = 0; i < 2; i++) {
            Network net = twoSubnets(current, true, registered[i]);
            int holder = net.createColdkey("holder", 0);
            net.genesisStake(holder, net.subnetOwnerHotkey(1), 1, 1_000_000L * Rao.PER_TAO);
            net.lifecycle.dissolve(1);
            paid[i] = net.free(holder);
            assertEquals(List.of(), net.invariantViolations());
        }
        assertEquals(100_000L * Rao.PER_TAO, paid[0], "older subnet: the whole TAO reserve over staked alpha");
        assertEquals(50_000L * Rao.PER_TAO, paid[1], "newer subnet: the pool's alpha takes its share");
    }

    @Test
    void legacySubnetsRefundTheLockLessTheOwnersCut() {
        Network net = new Network(Presets.get(Presets.CURRENT), 3, ISSUANCE);
        net.block = 9_000_000L;
        int owner = net.createColdkey("owner", 0);
        int hot = net.createHotkey("owner-hot", owner);
        long lock = 50_000L * Rao.PER_TAO;
        net.genesisSubnet(new SubnetSeed(1, false, 100_000L * Rao.PER_TAO, 1_000_000L * Rao.PER_TAO, 0, 0, 0.5, 0,
                Presets.REGISTRATION_START_BLOCK - 1, 1, true, owner, hot, lock));
        net.lifecycle.dissolve(1);
        long ownerCutValue = (long) Math.floor((long) Math.floor(1_000_000L * Rao.PER_TAO * net.mech.ownerCut()) * 0.1);
        assertTrue(ownerCutValue > 0 && ownerCutValue < lock);
        assertEquals(lock - ownerCutValue, net.free(owner));
        assertEquals(List.of(), net.invariantViolations());
    }

    @Test
    void taoFlowFeesGoToTheLiquidityProvidersNotTheReserve() {
        Network net = twoSubnets(Presets.get(Presets.TAOFLOW), true, 1_000);
        int buyer = net.createColdkey("buyer", 1_000L * Rao.PER_TAO);
        net.step();
        long before = net.taoReserve(1);
        StakeResult r = net.addStake(buyer, net.subnetOwnerHotkey(1), 1, 100L * Rao.PER_TAO, Long.MAX_VALUE, false);
        assertTrue(r.feeRao() > 0);
        assertEquals(100L * Rao.PER_TAO - r.feeRao(), net.taoReserve(1) - before, "the fee stays out of SubnetTAO");
        assertEquals(List.of(), net.invariantViolations());
    }

    @Test
    void neuronBurnRegistrationRecyclesItsAlphaAndCountsAsInflowFromNetFlowOn() {
        for (String preset : List.of(Presets.TAOFLOW, Presets.NETFLOW)) {
            GenesisBuilder b = new GenesisBuilder(Presets.get(preset), 2, ISSUANCE).neurons(2, 3).startBlock(1_000_000);
            b.subnet(new GenesisBuilder.SubnetPlan(1, 10_000L * Rao.PER_TAO, 100_000L * Rao.PER_TAO,
                    100_000L * Rao.PER_TAO, 0, 0.1, 0, 500_000, new double[] {1, 0.5, 0.2}, true));
            Network net = b.build();
            int miner = net.createColdkey("new-miner", 5L * Rao.PER_TAO);
            int hot = net.createHotkey("new-miner-hot", miner);
            long taoBefore = net.taoReserve(1);
            long alphaInBefore = net.alphaReserve(1);
            long alphaOutBefore = net.alphaOutstanding(1);
            int uid = net.burnRegisterNeuron(miner, hot, 1);
            assertEquals(hot, net.neurons(1).hotkey(uid));
            assertTrue(!net.neurons(1).isValidator(uid) && uid > 0, "a miner uid");
            assertEquals(4L * Rao.PER_TAO, net.free(miner));
            assertTrue(net.taoReserve(1) > taoBefore && net.alphaReserve(1) < alphaInBefore, "the burn buys alpha");
            assertEquals(alphaOutBefore, net.alphaOutstanding(1), "the bought alpha is recycled");
            assertEquals(List.of(), net.invariantViolations());
            net.beginBlock();
            boolean inflow = preset.equals(Presets.NETFLOW);
            assertEquals(inflow, net.flowEma(1) > 0, preset + ": registration burn as user inflow");
            assertThrows(ChainException.class, () -> net.burnRegisterNeuron(miner, hot, 1), "already registered");
        }
    }

    @Test
    void validatorsBelowTheStakeThresholdEarnNothing() {
        for (long threshold : new long[] {Presets.STAKE_THRESHOLD_RAO, 0}) {
            Mechanism m = Presets.get(Presets.CURRENT).override(Map.of("stakeThresholdRao", threshold));
            GenesisBuilder b = new GenesisBuilder(m, 2, ISSUANCE).neurons(2, 2).startBlock(1_000_000);
            b.subnet(new GenesisBuilder.SubnetPlan(1, 10_000L * Rao.PER_TAO, 100_000L * Rao.PER_TAO, 800L * Rao.PER_TAO,
                    0, 0.1, 0, 500_000, new double[] {1, 1}, true));
            Network net = b.build();
            int validator = net.neurons(1).hotkey(1);
            long before = net.hotkeyStake(validator, 1);
            for (int i = 0; i < 2 * 360; i++) {
                net.step();
            }
            boolean earned = net.hotkeyStake(validator, 1) > before;
            assertEquals(threshold == 0, earned, "400 TAO of stake weight, threshold " + threshold);
        }
    }
}
