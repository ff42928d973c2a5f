package io.dtaolab.experiment.sweep;

import java.util.Arrays;

/**
 * Distribution of one measure over runs: count of runs with a value, mean, 5th/50th/95th percentile (linear
 * interpolation between order statistics) and max. All NaN when no run has a value.
 */
public record Stats(int n, double mean, double p5, double p50, double p95, double max) {

    /** {@code values} in run-key order; NaNs are skipped. Summing in a fixed order keeps the mean bit-identical. */
    public static Stats of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return new Stats(v.length, sum / v.length, quantile(sorted, 0.05), quantile(sorted, 0.5), quantile(sorted, 0.95),
                sorted[sorted.length - 1]);
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
