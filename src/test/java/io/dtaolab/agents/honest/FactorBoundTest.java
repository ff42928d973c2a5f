package io.dtaolab.agents.honest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.Rng;
import org.junit.jupiter.api.Test;

/** {@link FactorBound} against the exact factor of the same draws, and the yield chaser's scan against its plain form. */
class FactorBoundTest {
    private static final double[] SPREADS = {1e-6, 0.05, 0.3, 0.5, 1, 2.5, 5};

    /** A draw near a band edge or an extreme now and then, else uniform. */
    private static double u1(Rng r) {
        double u = 1.0 - r.nextDouble();
        return switch (r.nextInt(8)) {
            case 0 -> Math.max(0x1p-53, Math.min(1, (1 + r.nextInt(64)) / 64.0 + (r.nextInt(3) - 1) * 0x1p-53));
            case 1 -> r.nextBoolean() ? 0x1p-53 * (1 + r.nextInt(4)) : 1.0 - 0x1p-53 * r.nextInt(3);
            default -> u;
        };
    }

    private static double u2(Rng r) {
        double u = r.nextDouble();
        return switch (r.nextInt(8)) {
            case 0 -> Math.max(0, Math.min(1 - 0x1p-53, r.nextInt(65) / 64.0 + (r.nextInt(3) - 1) * 0x1p-53));
            case 1 -> r.nextBoolean() ? 0x1p-53 * r.nextInt(4) : 1.0 - 0x1p-53 * (1 + r.nextInt(3));
            default -> u;
        };
    }

    @Test
    void boundIsNeverBelowTheExactFactorAndUsuallyClose() {
        Rng r = new Rng(13);
        int close = 0;
        int n = 2_000_000;
        for (int k = 0; k < n; k++) {
            double s = SPREADS[r.nextInt(SPREADS.length)];
            double u1 = u1(r);
            double u2 = u2(r);
            double exact = Temperament.factor(u1, u2, s);
            double bound = FactorBound.of(s).above(u1, u2);
            assertTrue(exact <= bound, () -> "spread " + s + " u1 " + u1 + " u2 " + u2 + ": " + exact + " > " + bound);
            if (bound <= exact * Math.exp(s * 0.25)) {
                close++;
            }
        }
        assertTrue(close > n / 2, "the bound is too loose to skip readings: " + close);
    }

    @Test
    void factorFromDrawsIsTheFactorOfTheStream() {
        Rng a = new Rng(7);
        Rng b = new Rng(7);
        for (int k = 0; k < 10_000; k++) {
            double s = SPREADS[k % SPREADS.length];
            double u1 = 1.0 - b.nextDouble();
            double u2 = b.nextDouble();
            assertEquals(Double.doubleToRawLongBits(Temperament.factor(a, s)),
                    Double.doubleToRawLongBits(Temperament.factor(u1, u2, s)));
        }
    }

    /**
     * The chaser's scan (draw both numbers of every subnet, skip the factor of a subnet that does not qualify or cannot
     * beat the best so far) picks the subnet and top reading the plain scan picks, on random yields and qualifications.
     */
    @Test
    void scanSkippingFactorsPicksWhatThePlainScanPicks() {
        Rng r = new Rng(2026);
        int skipped = 0;
        int computed = 0;
        int picked = 0;
        for (int round = 0; round < 20_000; round++) {
            double s = SPREADS[r.nextInt(SPREADS.length)];
            int count = 1 + r.nextInt(140);
            double[] yields = new double[count];
            boolean[] qualifies = new boolean[count];
            double spreadOfYields = r.nextInt(3) == 0 ? 1e-3 : r.nextBoolean() ? 0.5 : 5;
            for (int n = 0; n < count; n++) {
                yields[n] = r.nextInt(20) == 0 ? 0 : Math.exp(spreadOfYields * (r.nextDouble() - 0.5)) * 1e-6;
                qualifies[n] = r.nextInt(4) != 0;
            }
            long seed = r.nextLong(Long.MAX_VALUE);
            // plain: every reading computed from the stream, then the qualification asked
            Rng plain = new Rng(seed);
            int bestPlain = -1;
            double topPlain = -1;
            for (int n = 0; n < count; n++) {
                double y = yields[n] * Temperament.factor(plain, s);
                if (y > topPlain && qualifies[n]) {
                    topPlain = y;
                    bestPlain = n;
                }
            }
            Rng rng = new Rng(seed);
            FactorBound bound = FactorBound.of(s);
            int best = -1;
            double top = -1;
            for (int n = 0; n < count; n++) {
                double u1 = 1.0 - rng.nextDouble();
                double u2 = rng.nextDouble();
                if (!qualifies[n] || !bound.mayBeat(yields[n], u1, u2, top)) {
                    skipped++;
                    continue;
                }
                computed++;
                double y = yields[n] * Temperament.factor(u1, u2, s);
                if (y > top) {
                    top = y;
                    best = n;
                }
            }
            assertEquals(bestPlain, best);
            assertEquals(Double.doubleToRawLongBits(topPlain), Double.doubleToRawLongBits(top));
            assertEquals(plain.state(), rng.state(), "both scans draw the same numbers");
            picked += best >= 0 ? 1 : 0;
        }
        assertTrue(skipped > 5 * computed, "skipped " + skipped + " computed " + computed);
        assertTrue(picked > 15_000 && picked < 20_000, "picked " + picked);
    }
}
