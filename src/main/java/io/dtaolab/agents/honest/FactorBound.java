package io.dtaolab.agents.honest;

/**
 * An upper bound on a personal factor {@code exp(spread·z)} ({@link Temperament#factor}) known from its two uniform
 * draws alone, without the log, square root, cosine and exponential of the exact value: a noisy reading that cannot
 * beat the best one so far need not be computed. The normal {@code z = sqrt(-2 ln u1)·cos(2π u2)} is bounded by a
 * table over 64 bands of {@code u1} (sqrt(-2 ln u1) is at most its value at the band's low end) and 64 bands of the
 * angle ({@code cos} is at most its value at the band's edge nearer 0 or 2π, and at most 0 between π/2 and 3π/2). Each
 * bound carries margins (1e-9, relative on the radius and the result, absolute on the cosine) far above the few ulps
 * the exact path rounds by, so a value at most the bound is at most it as computed.
 */
final class FactorBound {
    private static final int BANDS = 64;
    private static final double MARGIN = 1 + 1e-9;
    /** Above every sqrt(-2 ln u1) for u1 ≥ 2^-53 (the smallest draw: 8.58). */
    private static final double MAX_RADIUS = 9;
    /** The last bound built: a population shares its spread. */
    private static volatile FactorBound last;

    private final double spread;
    /** [band of u1 · (BANDS/2 + 1) + band of the angle's distance to 0 or 2π]. */
    private final double[] bounds = new double[BANDS * (BANDS / 2 + 1)];

    private FactorBound(double spread) {
        this.spread = spread;
        for (int i = 0; i < BANDS; i++) {
            double radius = i == 0 ? MAX_RADIUS : Math.sqrt(-2 * Math.log((double) i / BANDS)) * MARGIN;
            for (int j = 0; j <= BANDS / 2; j++) {
                double cos = Math.max(0, j * 4 >= BANDS ? 0 : Math.cos(2 * Math.PI * j / BANDS)) + 1e-9;
                bounds[i * (BANDS / 2 + 1) + j] = Math.exp(spread * radius * cos) * MARGIN;
            }
        }
    }

    /** The bound for {@code spread > 0}. */
    static FactorBound of(double spread) {
        FactorBound b = last;
        if (b == null || b.spread != spread) {
            b = new FactorBound(spread);
            last = b;
        }
        return b;
    }

    /**
     * At least {@code exp(spread·sqrt(-2 ln u1)·cos(2π u2))} as {@link Temperament#factor} computes it from these
     * draws (u1 in (0, 1], u2 in [0, 1)).
     */
    double above(double u1, double u2) {
        double d = u2 < 0.5 ? u2 : 1 - u2; // the angle's distance to 0 or 2π, in turns: in [0, 1/2]
        int i = Math.min(BANDS - 1, (int) (u1 * BANDS));
        int j = (int) (d * BANDS);
        return bounds[i * (BANDS / 2 + 1) + j];
    }

    /**
     * Whether {@code reading·factor} (the factor of these draws, {@code reading ≥ 0}) may be above {@code top}; false
     * only if it certainly is not. Any reading may beat a negative top.
     */
    boolean mayBeat(double reading, double u1, double u2, double top) {
        return top < 0 || reading * above(u1, u2) > top;
    }
}
