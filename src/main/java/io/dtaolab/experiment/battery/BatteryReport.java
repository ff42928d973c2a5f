package io.dtaolab.experiment.battery;

import io.dtaolab.analysis.report.HtmlPage;
import io.dtaolab.experiment.compare.PresetResult;
import java.util.Locale;

/** The battery matrix as Markdown (three tables), CSV and an HTML heat map of emission redirected. */
public final class BatteryReport {
    private BatteryReport() {
    }

    public static String markdown(BatteryResult r, long blocks) {
        StringBuilder out = new StringBuilder("# Attack battery\n\n");
        out.append(r.attacks().size()).append(" attacks × ").append(r.presets().size()).append(" presets, ")
                .append(blocks > 0 ? blocks + " blocks per run" : "each strategy's own length").append(", each strategy's own seed. ")
                .append("Cells: TAO emission redirected to the target as % of network emission; adversary PnL (TAO); ")
                .append("whether a detector flagged the target after the attack began.\n\n");
        table(out, r, "Emission redirected to the target (% of network emission)", p -> pct(p.redirectedPctOfNetwork()));
        table(out, r, "Adversary PnL (TAO, marked to exit)", p -> String.format(Locale.ROOT, "%.2f", p.adversaryPnlTao()));
        table(out, r, "Detected (first alarm on the target, blocks after the attack began)",
                p -> p.firstAlarmDelayBlocks() >= 0 ? "yes (" + p.firstAlarmDelayBlocks() + ")" : "no");
        return out.toString();
    }

    public static String csv(BatteryResult r) {
        StringBuilder out = new StringBuilder("attack,preset,redirected_tao,redirected_pct,pnl_tao,cost_tao,detected,first_alarm_delay_blocks,error\n");
        for (int a = 0; a < r.attacks().size(); a++) {
            for (int p = 0; p < r.presets().size(); p++) {
                BatteryResult.Cell c = r.cells().get(a).get(p);
                out.append(r.attacks().get(a)).append(',').append(r.presets().get(p)).append(',');
                if (c.result() == null) {
                    out.append(",,,,,,\"").append(c.error().replace("\"", "'")).append("\"\n");
                    continue;
                }
                PresetResult x = c.result();
                out.append(x.emissionRedirectedTao()).append(',').append(x.redirectedPctOfNetwork()).append(',').append(x.adversaryPnlTao())
                        .append(',').append(x.adversaryCostTao()).append(',').append(c.detected()).append(',')
                        .append(x.firstAlarmDelayBlocks()).append(",\n");
            }
        }
        return out.toString();
    }

    /** Heat map: the redirected % per cell, shaded from white (0) to red (the matrix's largest), with PnL and detection. */
    public static String html(BatteryResult r, long blocks) {
        double max = 0;
        for (var row : r.cells()) {
            for (var c : row) {
                if (c.result() != null && Double.isFinite(c.result().redirectedPctOfNetwork())) {
                    max = Math.max(max, Math.abs(c.result().redirectedPctOfNetwork()));
                }
            }
        }
        StringBuilder sb = HtmlPage.open("Attack battery", "td.cell{text-align:center;min-width:8em}");
        sb.append("<h1>Attack battery</h1>\n<p>").append(r.attacks().size()).append(" attacks × ").append(r.presets().size())
                .append(" presets, ").append(blocks > 0 ? blocks + " blocks per run" : "each strategy's own length")
                .append(". Colour: emission redirected to the target (% of network emission), darker is more; ")
                .append("each cell also shows adversary PnL and whether a detector flagged the target.</p>\n<table><tr><th>attack</th>");
        r.presets().forEach(p -> sb.append("<th>").append(HtmlPage.esc(p)).append("</th>"));
        sb.append("</tr>\n");
        for (int a = 0; a < r.attacks().size(); a++) {
            sb.append("<tr><th>").append(HtmlPage.esc(r.attacks().get(a))).append("</th>");
            for (BatteryResult.Cell c : r.cells().get(a)) {
                if (c.result() == null) {
                    sb.append("<td class=\"cell\" title=\"").append(HtmlPage.esc(c.error())).append("\">–</td>");
                    continue;
                }
                double pct = c.result().redirectedPctOfNetwork();
                double shade = max > 0 && Double.isFinite(pct) ? Math.max(0, pct) / max : 0;
                int gb = (int) Math.round(255 * (1 - 0.85 * shade));
                sb.append(String.format(Locale.ROOT, "<td class=\"cell\" style=\"background:rgb(255,%d,%d)\">%s<br><small>PnL %.1f · %s</small></td>",
                        gb, gb, HtmlPage.esc(pct(pct)), c.result().adversaryPnlTao(), c.detected() ? "detected" : "undetected"));
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        return HtmlPage.close(sb);
    }

    private static void table(StringBuilder out, BatteryResult r, String title, java.util.function.Function<PresetResult, String> f) {
        out.append("## ").append(title).append("\n\n| attack |");
        r.presets().forEach(p -> out.append(' ').append(p).append(" |"));
        out.append("\n|---|").append("---|".repeat(r.presets().size())).append('\n');
        for (int a = 0; a < r.attacks().size(); a++) {
            out.append("| ").append(r.attacks().get(a)).append(" |");
            for (BatteryResult.Cell c : r.cells().get(a)) {
                out.append(' ').append(c.result() == null ? "– (" + c.error() + ")" : f.apply(c.result())).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f %%", v);
    }
}
