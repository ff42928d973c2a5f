package io.dtaolab.experiment.compare;

import java.util.Locale;

/** A comparison as markdown: one column per preset, the conclusion first. */
public final class ComparisonMarkdown {
    private ComparisonMarkdown() {
    }

    public static String render(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(c.strategy()).append(" — preset comparison, seed ").append(c.seed()).append(", ")
                .append(c.blocks()).append(" blocks\n\n**").append(c.conclusion()).append("**\n\n| measure |");
        c.presets().forEach(p -> sb.append(' ').append(p.preset()).append(" |"));
        sb.append("\n|---|");
        c.presets().forEach(p -> sb.append("---|"));
        sb.append('\n');
        row(sb, c, "TAO emission redirected to target", p -> tao(p.emissionRedirectedTao()));
        row(sb, c, "… % of network emission", p -> Double.isNaN(p.redirectedPctOfNetwork()) ? "n/a"
                : String.format(Locale.ROOT, "%.3f %%", Math.rint(p.redirectedPctOfNetwork() * 1000) / 1000 + 0.0));
        row(sb, c, "cost of attack (fees + impact)", p -> tao(p.adversaryCostTao()));
        row(sb, c, "adversary PnL", p -> tao(p.adversaryPnlTao()));
        row(sb, c, "max capital at risk", p -> tao(p.maxCapitalAtRiskTao()));
        row(sb, c, "first alarm after attack start", p -> p.firstAlarmDelayBlocks() < 0 ? "not detected"
                : p.firstAlarmDelayBlocks() + " blocks (" + p.firstAlarmDetector() + ")");
        row(sb, c, "alarms: attack world / twin", p -> p.alarms() + " / " + p.twinAlarms());
        row(sb, c, "verdict", PresetResult::verdict);
        return sb.toString();
    }

    private static void row(StringBuilder sb, Comparison c, String name,
                            java.util.function.Function<PresetResult, String> cell) {
        sb.append("| ").append(name).append(" |");
        c.presets().forEach(p -> sb.append(' ').append(cell.apply(p)).append(" |"));
        sb.append('\n');
    }

    private static String tao(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.3f TAO", Math.rint(v * 1000) / 1000 + 0.0);
    }
}
