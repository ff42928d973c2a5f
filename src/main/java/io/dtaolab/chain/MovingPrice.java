package io.dtaolab.chain;

/**
 * Subnet price EMA, dtao-mechanics.md §2.4: α_eff = α·b/(b+h) with the young-subnet ramp,
 * ema' = α_eff·min(spot, 1) + (1 − α_eff)·ema.
 */
public final class MovingPrice {
    private MovingPrice() {
    }

    public static double effectiveAlpha(double movingAlpha, long halvingBlocks, long blocksSinceStart, boolean ramp) {
        if (!ramp) {
            return movingAlpha;
        }
        double b = Math.max(0, blocksSinceStart);
        return b + halvingBlocks == 0 ? 0 : movingAlpha * b / (b + halvingBlocks);
    }

    public static double update(double ema, double spot, double alphaEff, boolean spotCap) {
        double input = spotCap ? Math.min(spot, 1.0) : spot;
        return alphaEff * input + (1 - alphaEff) * ema;
    }
}
