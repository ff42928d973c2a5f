package io.dtaolab.experiment.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a detector's threshold on the tuning worlds only: the highest recall whose precision is at least
 * {@link #TARGET_PRECISION}, placed in the middle (geometric) of the band of thresholds that give it, so no tuning
 * score sits right on the edge (half the band's lowest score when no score falls below it); when no threshold reaches
 * that precision, the best F1. The shipped default thresholds are this choice on the full-size tuning set (generator
 * seed 1, 200 attack + 100 honest cases), rounded to three significant digits (README, Detectors).
 */
public final class ThresholdTuner {
    public static final double TARGET_PRECISION = 0.97;
    static final int CANDIDATES = 300;

    private ThresholdTuner() {
    }

    public static double tune(String detector, List<EvalWorld> tuning, double fallback) {
        List<Double> ts = EvalScoring.thresholds(detector, tuning, CANDIDATES);
        if (ts.isEmpty()) {
            return fallback;
        }
        List<DetectorOutcome> outs = new ArrayList<>();
        for (double t : ts) {
            outs.add(EvalScoring.outcome(detector, t, tuning));
        }
        double bestRecall = -1;
        for (DetectorOutcome o : outs) {
            if (o.precision() >= TARGET_PRECISION && o.recall() > bestRecall) {
                bestRecall = o.recall();
            }
        }
        if (bestRecall > 0) {
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (DetectorOutcome o : outs) {
                if (o.precision() >= TARGET_PRECISION && o.recall() == bestRecall) {
                    lo = Double.isNaN(lo) ? o.threshold() : Math.min(lo, o.threshold());
                    hi = Double.isNaN(hi) ? o.threshold() : Math.max(hi, o.threshold());
                }
            }
            // alarms fire at score >= t, so the outcome at lo holds from just above the previous score up to hi
            double low = lo;
            double prev = ts.stream().filter(t -> t < low).reduce((a, b) -> b).orElse(0.0);
            if (prev <= 0) {
                // nothing scored below the band: half its lowest score, not its edge (the geometric middle with 0 is 0)
                return lo / 2;
            }
            return Math.sqrt(prev * hi) > prev ? Math.sqrt(prev * hi) : hi;
        }
        DetectorOutcome best = null;
        for (DetectorOutcome o : outs) {
            if (best == null || f1(o) > f1(best)) {
                best = o;
            }
        }
        return f1(best) > 0 ? best.threshold() : fallback;
    }

    private static double f1(DetectorOutcome o) {
        double p = o.precision();
        double r = o.recall();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
