package io.dtaolab.experiment.search;

import java.util.Arrays;

/** How a candidate's per-seed objectives become one number: the mean, or a low quantile that punishes luck. */
public enum RobustStatistic {
    MEAN("mean"), MIN("min"), Q25("q25"), MEDIAN("median");

    private final String id;

    RobustStatistic(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public double of(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return switch (this) {
            case MEAN -> Arrays.stream(v).sum() / v.length;
            case MIN -> v[0];
            case Q25 -> quantile(v, 0.25);
            case MEDIAN -> quantile(v, 0.5);
        };
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static RobustStatistic byId(String id) {
        for (RobustStatistic s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown statistic '" + id + "'");
    }
}
