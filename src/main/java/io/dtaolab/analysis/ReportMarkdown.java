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
