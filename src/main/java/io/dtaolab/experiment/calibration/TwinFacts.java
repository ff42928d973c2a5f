package io.dtaolab.experiment.calibration;

import io.dtaolab.engine.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * The twin's side of the comparison, read from the per-tempo spot prices of an honest-only run: per subnet (netuids,
 * in the order of logReturns) the log return from first to last sample and the mean over the final price, and per subnet the stylised facts of
 * its tempo log returns (excess kurtosis, lag-1 autocorrelation of returns, mean autocorrelation of absolute
 * returns over lags 1–{@value #ABS_LAGS}). Subnets with fewer than {@value #MIN_MOVES} non-zero returns have no
 * stylised facts (a price that never moves has no tails).
 */
public record TwinFacts(int[] netuids, double[] logReturns, double[] meanOverFinal, double[] kurtosis, double[] returnAcf1,
                        double[] absReturnAcf, int tempos) {
    static final int ABS_LAGS = 5;
    static final int MIN_MOVES = 20;

    /** The 30-day log returns of the subnets {@code half} selects. */
    public double[] logReturns(HoldOut half) {
        java.util.stream.DoubleStream.Builder out = java.util.stream.DoubleStream.builder();
        for (int i = 0; i < netuids.length; i++) {
            if (half.contains(netuids[i])) {
                out.add(logReturns[i]);
            }
        }
        return out.build().toArray();
    }

    public static TwinFacts of(Series s) {
        List<Integer> ids = new ArrayList<>();
        List<Double> ret = new ArrayList<>();
        List<Double> mof = new ArrayList<>();
        List<Double> kurt = new ArrayList<>();
        List<Double> acf = new ArrayList<>();
        List<Double> absAcf = new ArrayList<>();
        int t = s.size();
        for (int n = 1; n < s.width() && t >= 2; n++) {
            double first = s.spot(0, n);
            double last = s.spot(t - 1, n);
            if (!(first > 0) || !(last > 0)) {
                continue;
            }
            double sum = 0;
            double[] r = new double[t - 1];
            int moves = 0;
            boolean alive = true;
            for (int i = 0; i < t; i++) {
                double p = s.spot(i, n);
                alive &= p > 0;
                sum += p;
                if (i > 0 && alive) {
                    r[i - 1] = Math.log(p / s.spot(i - 1, n));
                    moves += r[i - 1] != 0 ? 1 : 0;
                }
            }
            if (!alive) {
                continue; // dissolved or re-registered during the run: not the same market
            }
            ids.add(n);
            ret.add(Math.log(last / first));
            mof.add(sum / t / last);
            if (moves >= MIN_MOVES) {
                kurt.add(Stats.excessKurtosis(r));
                acf.add(Stats.autocorrelation(r, 1));
                double[] a = Stats.abs(r);
                double m = 0;
                for (int lag = 1; lag <= ABS_LAGS; lag++) {
                    m += Stats.autocorrelation(a, lag);
                }
                absAcf.add(m / ABS_LAGS);
            }
        }
        return new TwinFacts(ids.stream().mapToInt(Integer::intValue).toArray(), array(ret), array(mof), array(kurt), array(acf), array(absAcf), t);
    }

    private static double[] array(List<Double> v) {
        return v.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).toArray();
    }
}
