package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11 point 6 (each era's issuance) and the v3-2025-07 preset (subsidy rule, fees held for liquidity
 * providers without moving the price, TotalIssuance counting only tao_in).
 */
class EraPresetsTest {

    /** Built the way runs build networks: allocation well above the era's issuance does not change the emission. */
    @ParameterizedTest
    @CsvSource({"launch-2025-02, 1000000000", "v3-2025-07, 1000000000", "taoflow-2025-11, 1000000000",
            "netflow-2026-05, 500000000", "current-2026-06, 500000000", "root-vote, 500000000",
            "holder-vote, 500000000"})
    void eachPresetEmitsItsErasBlockEmission(String preset, long perBlock) {
        Network net = new GenesisBuilder(Presets.get(preset), 4, 11_500_000L * Rao.PER_TAO).startBlock(1_000_000)
                .rootStake(100_000L * Rao.PER_TAO)
                .subnet(new GenesisBuilder.SubnetPlan(1, 10_000L * Rao.PER_TAO, 100_000L * Rao.PER_TAO,
                        50_000L * Rao.PER_TAO, 0, 0.1, 0, 10, new double[0], true))
                .build();
        assertEquals(perBlock, net.blockEmission());
        if (Presets.get(preset).shareRule() == Mechanism.ShareRule.PRICE_EMA
                || Presets.get(preset).shareRule() == Mechanism.ShareRule.PRICE_BURN) {
            long minted = net.ledger().minted();
            for (int i = 0; i < 100; i++) {
                net.step();
            }
            long perBlockMinted = (net.ledger().minted() - minted) / 100;
            assertTrue(perBlockMinted <= perBlock && perBlockMinted >= perBlock - 3, preset + " minted " + perBlockMinted);
        }
    }

    @Test
    void issuanceIsAnOverridableParameterAndHalvesWhereTheChainDoes() {
        Mechanism taoflowAfterHalving = Presets.get(Presets.TAOFLOW).override(Map.of("totalIssuanceTao", 10_600_000));
        assertEquals(500_000_000L, new Network(taoflowAfterHalving, 2, 0).blockEmission());
        Mechanism justBefore = Presets.get(Presets.TAOFLOW).override(Map.of("totalIssuanceTao", 10_499_999.9));
        Network net = new Network(justBefore, 2, 0);
        assertEquals(1_000_000_000L, net.blockEmission());
    }

    private static Network v3Subnet(double ema, long taoReserve, long alphaReserve) {
        Network net = new Network(Presets.get(Presets.V3), 3, 1_000_000L * Rao.PER_TAO);
        net.block = 2_000_000;
        net.genesisSubnet(new SubnetSeed(1, false, taoReserve, alphaReserve, 0, 0, ema, 0, 1_000_000, 1_000_001, true,
                -1, -1, 0));
        int staker = net.createColdkey("staker", 0);
        net.genesisStake(staker, net.createHotkey("staker-hot", staker), 1, alphaReserve);
        return net;
    }

    @Test
    void v3SubsidySwapsTheDifferenceAndCountsOnlyTaoInAsIssued() {
        // one subnet (share 1) at spot 1/64 < T/E = 1: subsidised
        Network net = v3Subnet(0.015625, 10_000L * Rao.PER_TAO, 640_000L * Rao.PER_TAO);
        long issuance = net.ledger().issuance();
        long alphaOut = net.alphaOutstanding(1);
        long tao = net.taoReserve(1);
        net.step();
        assertEquals(1_000_000_000L, net.taoReserve(1) - tao, "tao_in p·E plus the swapped difference");
        assertEquals(15_625_000L, net.ledger().issuance() - issuance, "TotalIssuance counts tao_in only");
        assertEquals(1_000_000_000L, net.alphaOutstanding(1) - alphaOut, "bought alpha recycled, root alpha not sold");
        assertEquals(List.of(), net.invariantViolations());

        // spot above the share: no subsidy, tao_in = T and alpha_in = T/p
        Network rich = v3Subnet(1.0, 100_000L * Rao.PER_TAO, 50_000L * Rao.PER_TAO);
        long richIssuance = rich.ledger().issuance();
        long alphaIn = rich.alphaReserve(1);
        rich.step();
        assertEquals(1_000_000_000L, rich.ledger().issuance() - richIssuance);
        assertEquals(500_000_000L, rich.alphaReserve(1) - alphaIn, "alpha_in = T/p at p = 2");
    }

    @Test
    void v3FeesGoToTheLiquidityProvidersAccountsWithoutMovingThePrice() {
        Network net = v3Subnet(0.1, 10_000L * Rao.PER_TAO, 100_000L * Rao.PER_TAO);
        net.block = 2_000_000;
        int trader = net.createColdkey("trader", 1_000L * Rao.PER_TAO);
        int hot = net.createHotkey("trader-hot", trader);
        long y = net.taoReserve(1);
        long x = net.alphaReserve(1);
        long amount = 100L * Rao.PER_TAO;
        StakeResult r = net.addStake(trader, hot, 1, amount, Long.MAX_VALUE, false);
        long fee = amount * 33 / 65_535;
        assertEquals(fee, r.feeRao(), 1);
        assertEquals(r.feeRao(), net.subnets.lpFeeTao[1], "the TAO fee is held for the liquidity providers");
        assertEquals(y + amount - r.feeRao(), net.taoReserve(1), "only the net input enters the reserve");
        assertEquals(x - r.alphaRao(), net.alphaReserve(1));
        assertEquals(List.of(), net.invariantViolations());

        net.endBlock();
        long alpha = r.alphaRao() / 2;
        long xBefore = net.alphaReserve(1);
        long outBefore = net.alphaOutstanding(1);
        StakeResult sell = net.removeStake(trader, hot, 1, alpha, Long.MAX_VALUE, false);
        long alphaFee = net.subnets.lpFeeAlpha[1];
        assertTrue(alphaFee > 0, "the alpha fee of a sell is held too");
        assertEquals(xBefore + alpha - alphaFee, net.alphaReserve(1), "the fee alpha never enters the pool");
        assertEquals(outBefore - alpha + alphaFee, net.alphaOutstanding(1), "and stays counted in SubnetAlphaOut");
        assertEquals(0, net.ledger().authorFees(), "no block-author fee in the v3 era");
        assertTrue(sell.taoRao() > 0);
        assertEquals(List.of(), net.invariantViolations());
    }
}
