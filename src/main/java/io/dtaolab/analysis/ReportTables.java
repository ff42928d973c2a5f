package io.dtaolab.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of a run report, as rows of text, so report.md and report.html show the same measures, the same
 * way: headline measures, the verdict's three axes and collateral, the adversaries and the top movers.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** A table: header cells and rows of cells. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    public static Table headline(RunMeasures m) {
        List<List<String>> r = new ArrayList<>();
        add(r, "target subnet", m.target() > 0 ? "SN" + m.target() : "—");
        add(r, "TAO emission redirected to target", tao(m.emissionRedirectedTao()));
        add(r, "… as % of network emission", pct(m.redirectedPctOfNetwork()));
        add(r, "emission moved between subnets (distortion)", pct(m.verdictAxes().movedPctOfNetwork())
                + " (material from " + plain(m.verdictAxes().thresholdPct()) + " %)");
        add(r, "target emission share, attack / twin", share(m.targetShareAttack()) + " / " + share(m.targetShareTwin()));
        add(r, "largest share deviation in a tempo", share(m.targetShareDeviationMax()));
        add(r, "largest EMA price displacement", pct(100 * m.emaDisplacementMax()));
        add(r, "EMA displacement when the attack stopped", pct(100 * m.emaDisplacementAtStop()));
        add(r, "blocks for that displacement to halve", m.emaDecayBlocks() < 0 ? "not within the run" : Long.toString(m.emaDecayBlocks()));
        add(r, "adversary PnL (realisable exit − start value)", tao(m.adversaryPnlTao()));
        add(r, "rewards received (emission, dividends)", tao(m.adversaryRewardsTao()));
        add(r, "cost of attack (fees + net slippage not got back)", tao(m.adversaryCostTao()) + " (fees " + tao(m.adversaryFeesTao()) + ")");
        RunMeasures.PnlIdentity id = m.pnlIdentity();
        add(r, "PnL = rewards − cost, to the RAO", id.holds()
                ? "holds: " + id.pnlRao() + " = " + id.rewardsRao() + " − " + paren(id.costRao()) + " RAO" : "DOES NOT HOLD");
        add(r, "break-even (rewards needed to cover the cost)", tao(m.breakEvenRewardsTao()));
        add(r, "max capital at risk (alpha at spot, after every trade)", tao(m.maxCapitalAtRiskTao()));
        add(r, "emission captured per TAO at risk", Double.isNaN(m.emissionCapturedPerTaoAtRisk())
                ? (m.maxCapitalAtRiskTao() > 0 ? "n/a (no twin)" : "undefined (nothing at risk)")
                : num(m.emissionCapturedPerTaoAtRisk()));
        add(r, "honest agents' loss vs twin (value at end spot; negative = they gained)", lossWithDirection(m.honestLossVsTwinTao()));
        add(r, "victims' extra slippage vs twin", tao(m.victimSlippageTao()));
        add(r, "network emission during the run", tao(m.networkEmissionTao()));
        add(r, "value ledger residual (attack, twin, difference)", m.accounting().residualRao().toPlainString() + " RAO");
        add(r, "blocks simulated", m.blocksDone() + " of " + m.blocksPlanned());
        return new Table(List.of("measure", "value"), r);
    }

    public static Table axes(RunMeasures m) {
        Verdict v = m.verdictAxes();
        List<List<String>> r = new ArrayList<>();
        add(r, "distortion", v.distortion().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (Double.isNaN(v.movedPctOfNetwork()) ? "" : ": " + pct(v.movedPctOfNetwork()) + " moved, threshold " + plain(v.thresholdPct()) + " %"));
        add(r, "economics", v.economics().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (v.economics() == Verdict.Economics.NO_TRADE ? "" : ": PnL " + tao(v.pnlTao()) + ", break-even band ±" + tao(v.breakEvenBandTao())));
        add(r, "detection", v.detection().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (v.detection() == Verdict.Detection.CAUGHT ? " after " + v.caughtAfterBlocks() + " blocks (" + v.caughtBy() + ")" : ""));
        add(r, "subnets that lost most emission vs twin", subnets(v.losers()));
        add(r, "subnets that gained most emission vs twin", subnets(v.gainers()));
        add(r, "honest classes that lost most value vs twin (value change: negative = lost)", v.honestLosers().isEmpty() ? "none lost"
                : String.join(", ", v.honestLosers().stream().map(c -> c.agentClass() + " " + tao(c.valueDeltaTao())).toList()));
        return new Table(List.of("axis", "finding"), r);
    }

    public static Table adversaries(RunMeasures m) {
        List<List<String>> r = new ArrayList<>();
        for (RunMeasures.Adversary a : m.adversaries()) {
            r.add(List.of(a.id(), a.type(), "SN" + a.target(), tao(a.budgetTao()), tao(a.exitValueTao()), tao(a.pnlTao()),
                    tao(a.rewardsTao()), tao(a.costTao()), tao(a.feesTao()), tao(a.netSlippageTao()),
                    tao(a.maxCapitalAtRiskTao()), Long.toString(a.executed()), Long.toString(a.refused())));
        }
        return new Table(List.of("id", "type", "target", "budget", "exit value", "PnL", "rewards", "cost", "fees",
                "net slippage", "max at risk", "executed", "refused"), r);
    }

    public static Table movers(RunMeasures m) {
        List<List<String>> r = new ArrayList<>();
        for (RunMeasures.Mover mv : m.topMovers()) {
            r.add(List.of("SN" + mv.netuid(), share(mv.shareAttack()), share(mv.shareTwin()), share(mv.deviation()),
                    tao(mv.taoEmissionDelta())));
        }
        return new Table(List.of("subnet", "attack", "twin", "deviation", "TAO emission Δ"), r);
    }

    /** The attack − twin split of each party's value change (value ledger). */
    public static Table ledger(RunMeasures m) {
        List<List<String>> r = new ArrayList<>();
        for (ValueLedger.PartyDifference d : m.accounting().difference()) {
            r.add(List.of(d.party(), d.kind().toLowerCase(Locale.ROOT).replace('_', ' '), tao(d.differenceTao().doubleValue()),
                    tao(d.emissionTao().doubleValue()), tao(d.transfersTao().doubleValue()), tao(d.feesTao().doubleValue()),
                    tao(d.revaluationTao().doubleValue())));
        }
        return new Table(List.of("party", "kind", "attack − twin", "emission", "transfers through trades", "fees",
                "revaluation"), r);
    }

    private static String subnets(List<Verdict.SubnetEffect> list) {
        return list.isEmpty() ? "none" : String.join(", ", list.stream().map(s -> "SN" + s.netuid() + " " + tao(s.emissionDeltaTao())).toList());
    }

    private static void add(List<List<String>> rows, String k, String v) {
        rows.add(List.of(k, v));
    }

    private static String paren(long v) {
        return v < 0 ? "(" + v + ")" : Long.toString(v);
    }

    static String tao(double v) {
        return Double.isNaN(v) ? "n/a (no twin)" : String.format(Locale.ROOT, "%,.3f TAO", v);
    }

    /** The loss with its direction in words, so a negative loss is not read as honest agents losing. */
    static String lossWithDirection(double lossTao) {
        if (Double.isNaN(lossTao) || lossTao == 0) {
            return tao(lossTao);
        }
        return tao(lossTao) + (lossTao > 0 ? " (honest agents lost " : " (honest agents gained ") + tao(Math.abs(lossTao)) + ")";
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f %%", v);
    }

    static String share(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.5f", v);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
