package io.dtaolab.experiment.calibration;

import io.dtaolab.scenario.PopulationSpec;
import java.util.List;

/** One honest-agent parameter the fit may move, over [lo, hi] (the optimiser sees it as [0, 1]). */
public record FitDim(String type, String param, double lo, double hi) {

    /** The dimensions {@code calibrate --fit} searches: the value anchor and the heterogeneity of the traders. */
    public static final List<FitDim> DEFAULT = List.of(
            new FitDim("noise-trader", "valueTilt", 0, 8),
            new FitDim("noise-trader", "heterogeneity", 0, 1.5),
            new FitDim("long-term-staker", "valueSensitivity", 0, 4),
            new FitDim("long-term-staker", "stepFraction", 0.05, 1),
            new FitDim("yield-chaser", "maxPremium", 0.05, 1),
            new FitDim("momentum-follower", "maxPremium", 0.05, 1));

    public FitDim {
        if (!PopulationSpec.hasNumber(type, param) || !(lo < hi)) {
            throw new IllegalArgumentException("honest type " + type + " has no number parameter " + param
                    + " or the range is empty");
        }
    }

    double value(double unit) {
        return lo + Math.max(0, Math.min(1, unit)) * (hi - lo);
    }

    double unit(double value) {
        return Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
    }
}
