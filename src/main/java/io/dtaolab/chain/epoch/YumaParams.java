package io.dtaolab.chain.epoch;

import io.dtaolab.chain.Mechanism;

/**
 * Epoch parameters of one subnet (dtao-mechanics.md §3). Ratios are plain fractions; the chain stores
 * kappa, bonds penalty and alpha low/high as u16/65535 and the bonds moving average as ppm.
 *
 * @param liquidAlphaSteepness the chain's {@code AlphaSigmoidSteepness}; the sigmoid uses {@code s/100}
 */
public record YumaParams(
        double kappa,
        double bondsMovingAverage,
        double bondsPenalty,
        boolean yuma3,
        boolean liquidAlpha,
        double alphaLow,
        double alphaHigh,
        double liquidAlphaSteepness,
        int maxAllowedValidators,
        double taoWeight,
        long stakeThresholdRao) {

    public YumaParams {
        requireFraction("kappa", kappa);
        requireFraction("bondsMovingAverage", bondsMovingAverage);
        requireFraction("bondsPenalty", bondsPenalty);
        requireFraction("alphaLow", alphaLow);
        requireFraction("alphaHigh", alphaHigh);
        requireFraction("taoWeight", taoWeight);
        if (maxAllowedValidators < 0) {
            throw new IllegalArgumentException("maxAllowedValidators must be ≥ 0, got " + maxAllowedValidators);
        }
        if (stakeThresholdRao < 0) {
            throw new IllegalArgumentException("stakeThresholdRao must be ≥ 0, got " + stakeThresholdRao);
        }
        if (!Double.isFinite(liquidAlphaSteepness)) {
            throw new IllegalArgumentException("liquidAlphaSteepness must be finite");
        }
    }

    public static YumaParams of(Mechanism m, long stakeThresholdRao) {
        return new YumaParams(m.kappa(), m.bondsMovingAverage(), m.bondsPenalty(), m.yuma3(), m.liquidAlpha(),
                m.alphaLow(), m.alphaHigh(), m.liquidAlphaSteepness(), m.maxAllowedValidators(), m.taoWeight(),
                stakeThresholdRao);
    }

    /** EMA coefficient when liquid alpha is off: how much of the new observation enters the bonds. */
    public double bondsAlpha() {
        return 1.0 - bondsMovingAverage;
    }

    private static void requireFraction(String name, double v) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }
}
