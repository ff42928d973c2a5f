package io.dtaolab.experiment.sweep;

import static io.dtaolab.analysis.report.HtmlPage.esc;

import io.dtaolab.analysis.report.HtmlPage;
import io.dtaolab.scenario.SweepSpec;
import java.nio.file.Path;

/**
 * The sweep's report.html: one self-contained page (inline CSS and SVG, no network). The per-cell headline table
 * first, then the charts: the cost-of-attack curve, the per-cell distributions of emission redirected and
 * adversary PnL, and the share of runs that paid off; then the cost-curve points and any failed runs.
 */
public final class SweepHtml {
    private static final String CSS = "body{max-width:1200px}.wide{overflow-x:auto}td{white-space:nowrap}td.n{text-align:right}"
            + "th.m{text-align:center}th{background:#f4f4f4}";

    private SweepHtml() {
    }

    public static String render(SweepResult r) {
        SweepSpec spec = r.plan().spec();
        StringBuilder sb = HtmlPage.open("Sweep " + spec.name(), CSS)
                .append("<h1>Sweep ").append(esc(spec.name())).append("</h1>\n");
        spec.description().ifPresent(d -> sb.append("<p>").append(esc(d)).append("</p>\n"));
        sb.append("<p>Base strategy <code>").append(esc(String.valueOf(Path.of(spec.baseFile()).getFileName())))
                .append("</code>; ").append(spec.cells().size()).append(" cells × ").append(spec.seeds().size())
                .append(" seeds = ").append(r.plan().size()).append(" runs; ")
                .append(r.outcomes().size() - r.failures().size()).append(" completed, ").append(r.failures().size())
                .append(" failed").append(r.complete() ? "." : " (partial results).")
                .append(" A run paid off when the adversary's PnL, marked to a simulated exit, is above 0.</p>\n");
        SweepHtmlTables.cells(sb, r);
        sb.append("<h2>Charts</h2>\n");
        HtmlPage.chart(sb, "cost-curve", SweepCharts.costCurve(r, "cost-curve-"));
        HtmlPage.chart(sb, "redirected-distribution", CellDistributions.chart(r, Measure.emissionRedirectedTao,
                "Emission redirected to the target per cell (box p25–p75, whiskers p5–p95, dot = mean)",
                "emission redirected (TAO)", "redirected-distribution-"));
        HtmlPage.chart(sb, "pnl-distribution", CellDistributions.chart(r, Measure.adversaryPnlTao,
                "Adversary PnL per cell (box p25–p75, whiskers p5–p95, dot = mean)", "adversary PnL (TAO)",
                "pnl-distribution-"));
        HtmlPage.chart(sb, "paid-off", SweepCharts.paidOff(r, "paid-off-"));
        sb.append("<h2>Cost of attack</h2>\n");
        SweepHtmlTables.costCurve(sb, r);
        if (!r.failures().isEmpty()) {
            sb.append("<h2>Failed runs</h2>\n<ul id=\"failures\">\n");
            r.failures().forEach(o -> sb.append("<li><code>").append(esc(o.runKey())).append("</code> (seed ")
                    .append(o.seed()).append("): ").append(esc(String.valueOf(o.error()))).append("</li>\n"));
            sb.append("</ul>\n");
        }
        return HtmlPage.close(sb);
    }
}
