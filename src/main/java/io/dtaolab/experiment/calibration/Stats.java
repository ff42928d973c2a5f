package io.dtaolab.experiment.calibration;

import java.util.Arrays;

/** The few sample statistics calibration needs (all ignore nothing: callers pass finite values). */
final class Stats {
    private Stats() {
    }

    /** Two-sample Kolmogorov–Smirnov distance: the largest gap between the two empirical CDFs. */
    static double ks(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            double v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] <= v) {
                i++;
            }
            while (j < y.length && y[j] <= v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return d;
    }

    /** Quantile q of the sample by linear interpolation between order statistics. */
    static double quantile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Excess kurtosis (0 for a normal sample; above 0 = heavier tails). */
    static double excessKurtosis(double[] v) {
        double m = mean(v);
        double m2 = 0;
        double m4 = 0;
        for (double x : v) {
            double d = x - m;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= v.length;
        m4 /= v.length;
        return m2 > 0 ? m4 / (m2 * m2) - 3 : Double.NaN;
    }

    /** Sample autocorrelation at {@code lag}. */
    static double autocorrelation(double[] v, int lag) {
        if (v.length <= lag + 1) {
            return Double.NaN;
        }
        double m = mean(v);
        double num = 0;
        double den = 0;
        for (int t = 0; t < v.length; t++) {
            double d = v[t] - m;
            den += d * d;
            if (t + lag < v.length) {
                num += d * (v[t + lag] - m);
            }
        }
        return den > 0 ? num / den : Double.NaN;
    }

    static double[] abs(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.abs(v[i]);
        }
        return out;
    }

    static double median(double[] v) {
        return quantile(v, 0.5);
    }
}
