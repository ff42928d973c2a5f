package io.dtaolab.analysis;

import java.util.List;

/** The human summary: the verdict and its three axes first, then the measures, adversaries, top movers and ledger. */
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
        if (m.regime() != null) {
            sb.append(startingRegime(m.regime())).append("\n\n");
        }
        table(sb, ReportTables.axes(m));
        sb.append('\n');
        table(sb, ReportTables.headline(m));
        if (!m.adversaries().isEmpty()) {
            sb.append("\n## Adversaries\n\n");
            table(sb, ReportTables.adversaries(m));
        }
        if (!m.topMovers().isEmpty()) {
            sb.append("\n## Top movers (mean emission share, attack vs twin)\n\n");
            table(sb, ReportTables.movers(m));
        }
        if (!m.accounting().difference().isEmpty()) {
            sb.append("\n## Value ledger: attack − twin by party (").append(m.accounting().valuation()).append(")\n\n");
            table(sb, ReportTables.ledger(m));
        }
        return sb.toString();
    }

    /** One paragraph: the warm-up, then the flow and price regime the measurement starts from. */
    static String startingRegime(StartingRegime r) {
        StringBuilder sb = new StringBuilder("**Starting regime:** ");
        sb.append(r.warmupBlocks() == 0 ? "no warm-up" : "warm-up of " + r.warmupBlocks() + " blocks (" + String.format(java.util.Locale.ROOT, "%.2f", r.warmupBlocks() / 7200.0) + " d) of honest trading")
                .append(", measured from chain block ").append(r.chainBlock()).append(". Flow EMA above zero on ")
                .append(r.positiveFlowSubnets()).append(" of ").append(r.subnets()).append(" subnets (Σ ")
                .append(fmt(r.positiveFlowTaoPerBlock())).append(" TAO/block); median spot ")
                .append(fmt(r.medianSpotTao())).append(" TAO");
        if (r.target() > 0) {
            sb.append("; target SN").append(r.target()).append(": spot ").append(fmt(r.targetSpotTao()))
                    .append(", EMA ").append(fmt(r.targetEmaTao())).append(", flow EMA ")
                    .append(fmt(r.targetFlowEmaTaoPerBlock())).append(" TAO/block (")
                    .append(Double.isNaN(r.targetFlowShare()) ? "–" : String.format(java.util.Locale.ROOT, "%.2f %%", 100 * r.targetFlowShare()))
                    .append(" of the positive flow)");
        }
        return sb.append('.').toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.6g", v);
    }

    private static void table(StringBuilder sb, ReportTables.Table t) {
        line(sb, t.header());
        sb.append("|").append("---|".repeat(t.header().size())).append('\n');
        for (List<String> row : t.rows()) {
            line(sb, row);
        }
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
