package io.dtaolab.experiment.sweep;

import io.dtaolab.scenario.SweepAxis;
import io.dtaolab.scenario.SweepSpec;
import java.util.Locale;
import java.util.stream.Collectors;

/** Number, share and cell-label formatting shared by the sweep's human-readable reports. */
final class SweepFormat {
    private SweepFormat() {
    }

    /** Three decimals with thousands separators; 3 significant digits for tiny or huge values; "–" for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String f = a != 0 && (a < 0.01 || a >= 1e7) ? "%.3g" : "%,.3f";
        return String.format(Locale.ROOT, f, v);
    }

    /** The shortest exact decimal, e.g. 250 or 0.5, for grid values such as budgets. */
    static String plain(double v) {
        return Double.isNaN(v) ? "–" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    /** A cell's axis values in axis order, e.g. "taoflow-2025-11 · 500". */
    static String cellLabel(SweepSpec spec, CellSummary c) {
        return spec.axes().stream().map(a -> SweepCsv.value(c.params().get(a.path()))).collect(Collectors.joining(" · "));
    }

    static String axisNames(SweepSpec spec) {
        return spec.axes().stream().map(SweepAxis::path).collect(Collectors.joining(" · "));
    }
}
