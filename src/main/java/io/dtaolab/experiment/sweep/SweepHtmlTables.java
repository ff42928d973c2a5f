package io.dtaolab.experiment.sweep;

import static io.dtaolab.analysis.report.HtmlPage.esc;

import io.dtaolab.scenario.SweepAxis;
import io.dtaolab.scenario.SweepSpec;

/** The tables of the sweep's report.html: the per-cell headline table and the cost-of-attack points. */
final class SweepHtmlTables {
    private SweepHtmlTables() {
    }

    /** Per cell: axis values, runs, paid-off share, then mean, p5, p50, p95 and max of each requested measure. */
    static void cells(StringBuilder sb, SweepResult r) {
        SweepSpec spec = r.plan().spec();
        sb.append("<div class=\"wide\"><table id=\"cells\">\n<tr><th rowspan=\"2\">cell</th>");
        for (SweepAxis a : spec.axes()) {
            sb.append("<th rowspan=\"2\"><code>").append(esc(a.path())).append("</code></th>");
        }
        sb.append("<th rowspan=\"2\">runs</th><th rowspan=\"2\">paid off</th>");
        spec.measures().forEach(m -> sb.append("<th colspan=\"5\" class=\"m\">").append(esc(m)).append("</th>"));
        sb.append("</tr>\n<tr>");
        spec.measures().forEach(m -> sb.append("<th>mean</th><th>p5</th><th>p50</th><th>p95</th><th>max</th>"));
        sb.append("</tr>\n");
        for (CellSummary c : r.cells()) {
            sb.append("<tr><td class=\"n\">").append(c.cell()).append("</td>");
            spec.axes().forEach(a -> td(sb, SweepCsv.value(c.params().get(a.path())), ""));
            td(sb, c.runs() + (c.failed() > 0 ? " (" + c.failed() + " failed)" : ""), "n");
            td(sb, SweepFormat.pct(c.paidOffShare()), "n");
            for (String m : spec.measures()) {
                Stats s = c.measures().get(m);
                for (double v : new double[] {s.mean(), s.p5(), s.p50(), s.p95(), s.max()}) {
                    td(sb, SweepFormat.num(v), "n");
                }
            }
            sb.append("</tr>\n");
        }
        sb.append("</table></div>\n");
    }

    /** The cost-of-attack curve's points, as cost-curve.csv has them. */
    static void costCurve(StringBuilder sb, SweepResult r) {
        sb.append("<table id=\"cost-points\"><tr><th>preset</th><th>budget (TAO)</th><th>runs</th>")
                .append("<th>redirected mean (TAO)</th><th>p5</th><th>p50</th><th>p95</th><th>paid off</th></tr>\n");
        for (CostPoint p : r.costCurve()) {
            Stats s = p.redirectedTao();
            sb.append("<tr>");
            td(sb, p.preset(), "");
            td(sb, SweepFormat.plain(p.budgetTao()), "n");
            td(sb, String.valueOf(p.runs()), "n");
            for (double v : new double[] {s.mean(), s.p5(), s.p50(), s.p95()}) {
                td(sb, SweepFormat.num(v), "n");
            }
            td(sb, SweepFormat.pct(p.paidOffShare()), "n");
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void td(StringBuilder sb, String text, String cssClass) {
        sb.append(cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">").append(esc(text)).append("</td>");
    }
}
