package io.dtaolab.experiment.calibration;

import io.dtaolab.scenario.PopulationSpec;
import java.util.List;

/** One honest-agent parameter the fit may move, over [lo, hi] (the optimiser sees it as [0, 1]). */
public record FitDim(String type, String param, double lo, double hi) {

    /**
     * The dimensions {@code calibrate --fit} searches: what the snapshot's holders and the miners sell and how the
     * holders' exits bunch (the data has no column for these; the owners' trading comes from the data and is not
     * fitted), and how strongly the traders lean on their value anchor.
     */
    public static final List<FitDim> DEFAULT = List.of(
            new FitDim("alpha-holder", "exitPerDay", 0, 0.004),
            new FitDim("alpha-holder", "exitMoodSigma", 0, 1.5),
            new FitDim("alpha-holder", "dividendSellFraction", 0, 1),
            new FitDim("miner-seller", "sellFraction", 0, 1),
            new FitDim("noise-trader", "valueTilt", 0, 8),
            new FitDim("long-term-staker", "valueSensitivity", 0, 4));

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
