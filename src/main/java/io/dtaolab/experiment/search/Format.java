package io.dtaolab.experiment.search;

import java.util.Locale;

/** Number formats shared by the search and battery reports (locale-free, so files are byte-stable). */
final class Format {
    private Format() {
    }

    static String tao(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4g", v);
    }

    /** Full precision for CSV and JSON-like text: the shortest text that reads back as the same double. */
    static String exact(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
