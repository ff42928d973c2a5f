package io.dtaolab.analysis.report;

import io.dtaolab.analysis.ReportTables;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.Alarm;
import io.dtaolab.analysis.detect.DetectionMarkdown;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.engine.RunData;
import java.util.List;
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
        table(sb, "verdict-axes", ReportTables.axes(m));
        table(sb, "verdict", ReportTables.headline(m));
        if (det != null) {
            sb.append("<p class=\"detection\">").append(esc(DetectionMarkdown.firstAlarm(det).replace("**", "")))
                    .append(" Alarms: attack world ").append(det.alarms().size()).append(", twin ")
                    .append(det.twinAlarms().size()).append(".</p>\n");
        }
        if (!m.adversaries().isEmpty()) {
            sb.append("<h2>Adversaries</h2>\n");
            table(sb, "adversaries", ReportTables.adversaries(m));
        }
        if (!m.topMovers().isEmpty()) {
            sb.append("<h2>Top movers</h2>\n");
            table(sb, "movers", ReportTables.movers(m));
        }
        if (!m.accounting().difference().isEmpty()) {
            sb.append("<h2>Value ledger: attack − twin by party</h2>\n<p>").append(esc(m.accounting().valuation())).append("</p>\n");
            table(sb, "ledger", ReportTables.ledger(m));
        }
        sb.append("<h2>Charts</h2>\n");
        chart(sb, "share-deviation", RunCharts.shareDeviation(d, m));
        chart(sb, "target-ema", RunCharts.targetEma(d, m));
        chart(sb, "adversary-pnl", RunCharts.adversaryPnl(d));
        if (det != null) {
            chart(sb, "alarms", RunCharts.alarms(d, det));
            alarmTable(sb, det);
        }
        return HtmlPage.close(sb);
    }

    private static void table(StringBuilder sb, String id, ReportTables.Table t) {
        sb.append("<table id=\"").append(id).append("\"><tr>");
        for (String h : t.header()) {
            sb.append("<th>").append(esc(h)).append("</th>");
        }
        sb.append("</tr>\n");
        for (List<String> row : t.rows()) {
            sb.append("<tr>");
            for (String c : row) {
                sb.append("<td>").append(esc(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }
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

    static String esc(String s) {
        return HtmlPage.esc(s);
    }
}
