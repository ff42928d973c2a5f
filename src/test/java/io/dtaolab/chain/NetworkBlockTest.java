package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkBlockTest {

    static java.util.List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void blocksConserveTaoAndAlphaAndPayEpochs(String preset) {
        Network net = TestNetworks.synthetic(Presets.get(preset), 6, 1);
        int trader = net.createColdkey("trader", 10_000L * Rao.PER_TAO);
        int validator = net.neurons(2).hotkey(1);
        int rootValidator = net.neurons(1).hotkey(1);
        net.setRootWeights(rootValidator, new double[] {0, 1, 2, 0, 0, 0, 0});
        net.setHolderVote(trader, new double[] {0, 0, 1, 1, 0, 0, 0});
        assertEquals(java.util.List.of(), net.invariantViolations());
        long mintedBefore = net.ledger().minted();
        for (int i = 0; i < 800; i++) {
            net.beginBlock();
            if (i % 10 == 0) {
                net.addStake(trader, validator, 2, 5 * Rao.PER_TAO, Long.MAX_VALUE, false);
            }
            if (i % 50 == 25) {
                net.removeStake(trader, validator, 2, net.stake(trader, validator, 2) / 3, Long.MAX_VALUE, false);
            }
            net.endBlock();
            var problems = net.invariantViolations();
            assertTrue(problems.isEmpty(), "block " + net.block() + ": " + problems);
        }
        assertTrue(net.ledger().minted() > mintedBefore, "emission minted TAO");
        double shareSum = 0;
        for (int n : net.netuids()) {
            shareSum += net.emissionShare(n);
        }
        if (!preset.equals(Presets.ROOT_VOTE) && !preset.equals(Presets.HOLDER_VOTE)
                && !preset.equals(Presets.TAOFLOW) && !preset.equals(Presets.NETFLOW)) {
            assertEquals(1.0, shareSum, 1e-9, "shares sum to 1");
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void sameInputsGiveTheSameStateHash(String preset) {
        Network a = TestNetworks.synthetic(Presets.get(preset), 4, 7);
        Network b = TestNetworks.synthetic(Presets.get(preset), 4, 7);
        for (int i = 0; i < 400; i++) {
            a.step();
            b.step();
        }
        assertEquals(a.stateHash(), b.stateHash());
    }
}
