package io.dtaolab.analysis;

import java.util.Locale;

/** The human summary: the verdict table first, then adversaries and top movers, for pasting into audits. */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    public static String render(RunMeasures m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.strategy()).append(" — ").append(m.preset()).append(", seed ").append(m.seed()).append("\n\n");
        if (m.interrupted()) {
            sb.append("> **Interrupted** after ").append(m.blocksDone()).append(" of ").append(m.blocksPlanned())
                    .append(" blocks: the figures cover the part that ran.\n\n");
        }
        sb.append("**Verdict:** ").append(m.verdict()).append("\n\n");
        sb.append("| measure | value |\n|---|---|\n");
        row(sb, "target subnet", m.target() > 0 ? "SN" + m.target() : "—");
        row(sb, "TAO emission redirected to target", tao(m.emissionRedirectedTao()));
        row(sb, "… as % of network emission", pct(m.redirectedPctOfNetwork()));
        row(sb, "target emission share, attack / twin", share(m.targetShareAttack()) + " / " + share(m.targetShareTwin()));
        row(sb, "largest share deviation in a tempo", share(m.targetShareDeviationMax()));
        row(sb, "largest EMA price displacement", pct(100 * m.emaDisplacementMax()));
        row(sb, "EMA displacement when the attack stopped", pct(100 * m.emaDisplacementAtStop()));
        row(sb, "blocks for that displacement to halve", m.emaDecayBlocks() < 0 ? "not within the run" : Long.toString(m.emaDecayBlocks()));
        row(sb, "adversary PnL (realisable exit − start value)", tao(m.adversaryPnlTao()));
        row(sb, "rewards received (emission, dividends)", tao(m.adversaryRewardsTao()));
        row(sb, "cost of attack (fees + net slippage not got back)", tao(m.adversaryCostTao()) + " (fees "
                + tao(m.adversaryFeesTao()) + ")");
        row(sb, "PnL = rewards − cost, to the RAO", m.pnlIdentity().holds() ? "holds: " + m.pnlIdentity().pnlRao() + " = "
                + m.pnlIdentity().rewardsRao() + " − " + m.pnlIdentity().costRao() + " RAO" : "DOES NOT HOLD");
        row(sb, "break-even (rewards needed to cover the cost)", tao(m.breakEvenRewardsTao()));
        row(sb, "max capital at risk (alpha at spot, after every trade)", tao(m.maxCapitalAtRiskTao()));
        row(sb, "emission captured per TAO at risk", Double.isNaN(m.emissionCapturedPerTaoAtRisk())
                ? (m.maxCapitalAtRiskTao() > 0 ? "n/a (no twin)" : "undefined (nothing at risk)")
                : num(m.emissionCapturedPerTaoAtRisk()));
        row(sb, "honest agents' loss vs twin", tao(m.honestLossVsTwinTao()));
        row(sb, "victims' extra slippage vs twin", tao(m.victimSlippageTao()));
        row(sb, "network emission during the run", tao(m.networkEmissionTao()));
        row(sb, "blocks simulated", m.blocksDone() + " of " + m.blocksPlanned());
        if (!m.adversaries().isEmpty()) {
            sb.append("\n## Adversaries\n\n| id | type | target | budget | exit value | PnL | rewards | cost | fees | net slippage | max at risk | executed | refused |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (RunMeasures.Adversary a : m.adversaries()) {
                sb.append("| ").append(a.id()).append(" | ").append(a.type()).append(" | SN").append(a.target()).append(" | ")
                        .append(tao(a.budgetTao())).append(" | ").append(tao(a.exitValueTao())).append(" | ")
                        .append(tao(a.pnlTao())).append(" | ").append(tao(a.rewardsTao())).append(" | ")
                        .append(tao(a.costTao())).append(" | ").append(tao(a.feesTao())).append(" | ")
                        .append(tao(a.netSlippageTao())).append(" | ").append(tao(a.maxCapitalAtRiskTao())).append(" | ")
                        .append(a.executed()).append(" | ").append(a.refused()).append(" |\n");
            }
        }
        if (!m.topMovers().isEmpty()) {
            sb.append("\n## Top movers (mean emission share, attack vs twin)\n\n| subnet | attack | twin | deviation | TAO emission Δ |\n|---|---|---|---|---|\n");
            for (RunMeasures.Mover mv : m.topMovers()) {
                sb.append("| SN").append(mv.netuid()).append(" | ").append(share(mv.shareAttack())).append(" | ")
                        .append(share(mv.shareTwin())).append(" | ").append(share(mv.deviation())).append(" | ")
                        .append(tao(mv.taoEmissionDelta())).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String k, String v) {
        sb.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    static String tao(double v) {
        return Double.isNaN(v) ? "n/a (no twin)" : String.format(Locale.ROOT, "%,.3f TAO", v);
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
}
