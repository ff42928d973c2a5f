package io.dtaolab.chain.epoch;

/**
 * Per-entry bonds EMA coefficient of Yuma3 with liquid alpha ({@code alpha_sigmoid}, run_epoch.rs):
 * a validator buying into a miner above consensus, or selling out of a bond, moves its bond faster.
 */
final class LiquidAlpha {
    private LiquidAlpha() {
    }

    static double alpha(double consensus, double weight, double bond, double low, double high, double steepness) {
        double diff = weight >= bond ? clamp01(weight - consensus) : clamp01(bond - weight);
        // the chain clamps the exponent to ±20 (exp_safe)
        double exponent = Math.max(-20.0, Math.min(20.0, (steepness / -100.0) * (diff - 0.5)));
        double sigmoid = 1.0 / (1.0 + Math.exp(exponent));
        double a = low + sigmoid * (high - low);
        return Math.max(low, Math.min(high, a));
    }

    private static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }
}
