package io.dtaolab.chain.epoch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The weight rows an epoch sees (clearing a row already all zeros is skipped) against plain rows on random
 * operations: whole rows as reals and as u16 (some refused midway, partly written, as the methods do), single
 * entries, clears, with signed zeros and rows that are zero by value.
 */
class YumaInputsTest {

    @Test
    void weightRowsAreThePlainRows() {
        SplittableRandom rnd = new SplittableRandom(7);
        int refused = 0;
        int clears = 0;
        for (int world = 0; world < 200; world++) {
            int n = 1 + rnd.nextInt(12);
            YumaInputs in = new YumaInputs(n);
            double[][] plain = new double[n][n];
            for (int op = 0; op < 300; op++) {
                int uid = rnd.nextInt(n);
                try {
                    switch (rnd.nextInt(5)) {
                        case 0 -> {
                            double[] row = new double[n];
                            for (int j = 0; j < n; j++) {
                                row[j] = value(rnd);
                            }
                            writePlain(plain[uid], row);
                            in.setWeights(uid, row);
                        }
                        case 1 -> {
                            int[] row = new int[n];
                            for (int j = 0; j < n; j++) {
                                row[j] = rnd.nextInt(20) == 0 ? 70_000 : rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(65_536);
                            }
                            for (int j = 0; j < n && row[j] <= 65_535; j++) {
                                plain[uid][j] = row[j];
                            }
                            in.setWeightsU16(uid, row);
                        }
                        case 2 -> {
                            int target = rnd.nextInt(n);
                            double w = value(rnd);
                            if (w >= 0.0 && !Double.isInfinite(w)) {
                                plain[uid][target] = w;
                            }
                            in.setWeight(uid, target, w);
                        }
                        default -> {
                            java.util.Arrays.fill(plain[uid], 0.0);
                            in.clearWeights(uid);
                            clears++;
                        }
                    }
                } catch (IllegalArgumentException e) {
                    refused++;
                }
                for (int i = 0; i < n; i++) {
                    assertArrayEquals(plain[i], in.weights[i], "world " + world + " op " + op + " row " + i);
                }
            }
        }
        assertTrue(refused > 1_000 && clears > 10_000, "refused " + refused + ", clears " + clears);
    }

    /** A weight: mostly ordinary, some zeros of either sign, some refused (negative, NaN, infinite). */
    private static double value(SplittableRandom rnd) {
        return switch (rnd.nextInt(30)) {
            case 0 -> -0.0;
            case 1 -> -1.0;
            case 2 -> Double.NaN;
            case 3 -> Double.POSITIVE_INFINITY;
            default -> rnd.nextInt(3) == 0 ? 0.0 : rnd.nextDouble() * 100;
        };
    }

    /** What setWeights leaves: the entries before the first refused one written. */
    private static void writePlain(double[] plain, double[] row) {
        for (int j = 0; j < row.length; j++) {
            if (!(row[j] >= 0.0) || Double.isInfinite(row[j])) {
                return;
            }
            plain[j] = row[j];
        }
    }
}
