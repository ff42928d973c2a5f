package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 points 3 and 7: emit_to_subnets takes the root proportion after the injection, the chain buy and the
 * alpha_out mint; the terms are floored one by one as the chain stores them, and the remainders stay where the chain
 * leaves them (unspent TAO credit never minted, alpha dust unowned in SubnetAlphaOut) with both identities exact.
 */
class CoinbaseSplitTest {
    private static final long E = 500_000_000L;
    private static final long ROOT_TAO = 16_000L * Rao.PER_TAO;
    private static final double CUT = 11_796 / 65_535.0;

    /** The young subnet of the eras vectors: 3,000 alpha issued against 16,000 root TAO at tao weight 0.18. */
    private static Network youngSubnet(String preset, double emaOfSecondSubnet) {
        Mechanism m = Presets.get(preset).override(java.util.Map.of("ownerCut", CUT));
        Network net = new Network(m, 3, 10_000_000L * Rao.PER_TAO);
        net.block = 2_000_000;
        int holder = net.createColdkey("root-holder", 0);
        net.genesisStake(holder, net.createHotkey("root-validator", holder), 0, ROOT_TAO);
        net.genesisSubnet(new SubnetSeed(1, false, 31_250_000_000L, 2_000_000_000_000L, 0, 0, 0.015625, 0, 1_000_000,
                1_000_001, true, -1, -1, 0));
        int staker = net.createColdkey("staker", 0);
        net.genesisStake(staker, net.createHotkey("staker-hot", staker), 1, 1_000_000_000_000L);
        if (emaOfSecondSubnet > 0) {
            net.genesisSubnet(new SubnetSeed(2, false, 1_000_000L * Rao.PER_TAO, 1_000_000L * Rao.PER_TAO, 0, 0,
                    emaOfSecondSubnet, 0, 1_000_000, 1_000_001, true, -1, -1, 0));
        }
        return net;
    }

    private static double rootProportion(Network net, int n) {
        double twR = 0.18 * net.taoReserve(0);
        return twR / (twR + net.alphaReserve(n) + net.alphaOutstanding(n));
    }

    @Test
    void rootAlphaUsesTheRootProportionAfterInjectionAndMint() {
        // Σ EMA > 1, so the root alpha is kept as pending root dividends and can be read back exactly
        Network net = youngSubnet(Presets.CURRENT, 1.0);
        double before = rootProportion(net, 1);
        long alphaEmission = BlockEmission.forIssuance(net.alphaReserve(1) + net.alphaOutstanding(1));
        net.beginBlockWithEmission(E);
        double after = rootProportion(net, 1);
        double rest = alphaEmission * (1 - CUT);
        long pending = net.subnets.pendingRootAlpha[1];
        assertEquals(Math.floor(after * rest / 2), pending, 2, "root alpha from the post-injection proportion");
        assertTrue(Math.abs(Math.floor(before * rest / 2) - pending) > 10_000,
                "the pre-injection proportion would give " + Math.floor(before * rest / 2) + ", got " + pending);
        assertEquals(List.of(), net.invariantViolations());
    }

    @Test
    void termsAreFlooredSeparatelyAndTheRemaindersStayWhereTheChainLeavesThem() {
        Network net = youngSubnet(Presets.CURRENT, 0);
        long issuance = net.ledger().issuance();
        long minted = net.ledger().minted();
        long taoBefore = net.taoReserve(1);
        long alphaOutBefore = net.alphaOutstanding(1);
        long alphaEmission = BlockEmission.forIssuance(net.alphaReserve(1) + alphaOutBefore);
        net.beginBlockWithEmission(E);

        // tao_in = alpha_in·p and excess = T − tao_in are both fractional: one RAO of the credit is not spent
        assertEquals(E - 1, net.taoReserve(1) - taoBefore, "tao_in and the chain buy, each floored");
        assertEquals(E - 1, net.ledger().minted() - minted);
        assertEquals(E - 1, net.ledger().issuance() - issuance, "the unspent RAO is recycled, not issued");

        // alpha_out split: owner cut, then halves of the fractional remainder, each floored (U96F32)
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal cut = new BigDecimal(Math.floor(CUT * 0x1p32)).divide(new BigDecimal(0x1p32), mc);
        BigDecimal rest = BigDecimal.valueOf(alphaEmission).multiply(BigDecimal.ONE.subtract(cut));
        long owner = BigDecimal.valueOf(alphaEmission).multiply(cut).longValue();
        long server = rest.divide(BigDecimal.valueOf(2), mc).longValue();
        assertEquals(owner, net.subnets.pendingOwnerCut[1]);
        assertEquals(server, net.subnets.pendingServer[1], "server = floor((alpha_out − cut)/2), not (⌊…⌋)/2");
        long dust = net.subnets.alphaDust[1];
        long recycledRoot = alphaOutBefore + alphaEmission + net.subnets.protocolAlpha[1] - net.alphaOutstanding(1);
        assertEquals(alphaEmission, owner + server + net.subnets.pendingValidator[1] + recycledRoot + dust);
        assertTrue(dust >= 0 && dust <= 3, "dust " + dust);
        assertEquals(List.of(), net.invariantViolations());
    }

    @Test
    void identitiesStayExactWithDustAcrossEveryPreset() {
        for (String preset : Presets.names()) {
            Network net = TestNetworks.synthetic(Presets.get(preset), 5, 3);
            long dust = 0;
            for (int i = 0; i < 2_000; i++) {
                net.step();
            }
            for (int n : net.netuids()) {
                dust += net.subnets.alphaDust[n];
            }
            assertEquals(List.of(), net.invariantViolations(), preset);
            assertTrue(dust > 0, preset + ": the split leaves unowned dust, counted by the identity");
        }
    }
}
