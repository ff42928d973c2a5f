package io.dtaolab.analysis.report;

import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.Alarm;
import io.dtaolab.analysis.detect.DetectionMarkdown;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.engine.RunData;
import java.util.Locale;

/**
 * report.html: one self-contained page (inline CSS and SVG, no network): the verdict table first, then the charts
 * (emission share attack vs twin, target price, adversary PnL and capital at risk, alarms on the timeline) and
 * the alarm list.
 */
public final class ReportHtml {
    static final int MAX_ALARM_ROWS = 40;

    private ReportHtml() {
    }

    public static String render(RunMeasures m, RunData d, RunDetection det) {
        StringBuilder sb = HtmlPage.open(m.strategy() + " — " + m.preset(), "")
                .append("<h1>").append(esc(m.strategy())).append(" — ").append(esc(m.preset()))
                .append(", seed ").append(m.seed()).append("</h1>\n");
        if (m.interrupted()) {
            sb.append("<p><strong>Interrupted</strong> after ").append(m.blocksDone()).append(" of ")
                    .append(m.blocksPlanned()).append(" blocks.</p>\n");
        }
        sb.append("<p class=\"verdict\"><strong>Verdict:</strong> ").append(esc(m.verdict())).append("</p>\n");
        verdictTable(sb, m, det);
        sb.append("<h2>Charts</h2>\n");
        chart(sb, "emission-share", RunCharts.emissionShare(d, m));
        chart(sb, "target-price", RunCharts.targetPrice(d, m));
        chart(sb, "adversary-pnl", RunCharts.adversaryPnl(d));
        if (det != null) {
            chart(sb, "alarms", RunCharts.alarms(d, det));
            alarmTable(sb, det);
        }
        return HtmlPage.close(sb);
    }

    private static void verdictTable(StringBuilder sb, RunMeasures m, RunDetection det) {
        sb.append("<table id=\"verdict\"><tr><th>measure</th><th>value</th></tr>\n");
        row(sb, "target subnet", m.target() > 0 ? "SN" + m.target() : "—");
        row(sb, "TAO emission redirected to target", tao(m.emissionRedirectedTao()));
        row(sb, "… as % of network emission", num(m.redirectedPctOfNetwork(), "%.3f %%"));
        row(sb, "target emission share, attack / twin", num(m.targetShareAttack(), "%.5f") + " / "
                + num(m.targetShareTwin(), "%.5f"));
        row(sb, "largest EMA price displacement", num(100 * m.emaDisplacementMax(), "%.3f %%"));
        row(sb, "adversary PnL (marked to a simulated exit)", tao(m.adversaryPnlTao()));
        row(sb, "cost of attack (fees + price impact)", tao(m.adversaryCostTao()));
        row(sb, "max capital at risk", tao(m.maxCapitalAtRiskTao()));
        row(sb, "honest agents' loss vs twin", tao(m.honestLossVsTwinTao()));
        if (det != null) {
            row(sb, "detection", DetectionMarkdown.firstAlarm(det).replace("**", ""));
            row(sb, "alarms: attack world / twin", det.alarms().size() + " / " + det.twinAlarms().size());
        }
        row(sb, "blocks simulated", m.blocksDone() + " of " + m.blocksPlanned());
        sb.append("</table>\n");
    }

    private static void alarmTable(StringBuilder sb, RunDetection det) {
        if (det.alarms().isEmpty()) {
            sb.append("<p>No alarms in the attack world.</p>\n");
            return;
        }
        sb.append("<h2>Alarms</h2>\n<table id=\"alarms\"><tr><th>block</th><th>detector</th><th>subnet</th>")
                .append("<th>score</th><th>evidence</th></tr>\n");
        for (Alarm a : det.alarms().subList(0, Math.min(MAX_ALARM_ROWS, det.alarms().size()))) {
            sb.append(String.format(Locale.ROOT, "<tr><td>%d</td><td>%s</td><td>SN%d</td><td>%.2f</td><td>%s</td></tr>%n",
                    a.block(), esc(a.detector()), a.netuid(), a.score(), esc(a.evidence())));
        }
        sb.append("</table>\n");
    }

    private static void chart(StringBuilder sb, String id, String svg) {
        HtmlPage.chart(sb, id, svg);
    }

    private static void row(StringBuilder sb, String k, String v) {
        sb.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(v)).append("</td></tr>\n");
    }

    private static String tao(double v) {
        return Double.isNaN(v) ? "n/a (no twin)" : String.format(Locale.ROOT, "%,.3f TAO", v);
    }

    private static String num(double v, String fmt) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, fmt, v);
    }

    static String esc(String s) {
        return HtmlPage.esc(s);
    }
}
