package io.dtaolab.analysis.detect;

import java.util.List;
import java.util.Locale;

/** The labelled statistics as markdown: one row per detector, then each detector's ROC points. */
public final class DetectorTable {
    private DetectorTable() {
    }

    public static String render(List<DetectorStats> stats, int seeds, String note) {
        StringBuilder sb = new StringBuilder();
        sb.append("| detector | own attack | threshold | precision | recall | TP / positives | FP / twin negatives "
                + "| mean time to detect (blocks) | ROC AUC | alarmed on other attacks |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (DetectorStats s : stats) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %d / %d | %d / %d | %s | %.3f | %d / %d |%n",
                    s.detector(), s.attack(), s.threshold(), pct(s.precision()), pct(s.recall()), s.truePositives(),
                    s.positives(), s.falsePositives(), s.negatives(),
                    Double.isNaN(s.meanDelayBlocks()) ? "—" : String.format(Locale.ROOT, "%.0f", s.meanDelayBlocks()),
                    s.auc(), s.otherAttacksFlagged(), s.otherAttacks()));
        }
        sb.append("\n").append(seeds).append(" seeds per attack. ").append(note).append("\n");
        for (DetectorStats s : stats) {
            sb.append("\n**ROC, ").append(s.detector()).append("** (threshold → TPR / FPR): ");
            List<DetectorStats.RocPoint> pts = s.roc();
            int step = Math.max(1, pts.size() / 8);
            for (int i = 0; i < pts.size(); i += step) {
                DetectorStats.RocPoint p = pts.get(i);
                sb.append(String.format(Locale.ROOT, "%s → %.2f / %.2f; ",
                        Double.isInfinite(p.threshold()) ? "∞" : String.format(Locale.ROOT, "%.2f", p.threshold()),
                        p.tpr(), p.fpr()));
            }
            sb.setLength(sb.length() - 2);
            sb.append("\n");
        }
        return sb.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * v);
    }
}
