package io.dtaolab.chain.epoch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YumaEpochTest {
    private static final double HALF = 32_767 / 65_535.0;

    private static YumaParams params(boolean yuma3, boolean liquid, int maxValidators) {
        return new YumaParams(HALF, 0.9, 1.0, yuma3, liquid, 0.7, 0.9, 1000.0, maxValidators, 0.18, 0L);
    }

    /** Validators 0..3, miners 4 (honest) and 5 (the colluders' miner). */
    private static YumaState collusion(long colluderStake, int colluders) {
        int n = 6;
        YumaInputs in = new YumaInputs(n);
        long honest = 100;
        int honestValidators = 4 - colluders;
        for (int v = 0; v < 4; v++) {
            boolean colluding = v >= honestValidators;
            in.setStake(v, colluding ? colluderStake / colluders : honest / honestValidators, 0);
            double[] row = new double[n];
            row[colluding ? 5 : 4] = 1.0;
            in.setWeights(v, row);
            in.setWeightSetBlock(v, 10);
        }
        YumaState s = new YumaState(n);
        YumaEpoch.run(params(true, false, 4), in, s, 360);
        return s;
    }

    @Test
    void colluderBelowKappaCannotLiftItsMiner() {
        YumaState s = collusion(66, 2); // 66 of 166 stake ≈ 40 % < κ
        assertEquals(0.0, s.consensus(5), 0.0);
        assertEquals(0.0, s.incentive(5), 0.0);
        assertEquals(1.0, s.incentive(4), 1e-12);
        // the colluders' weight is clipped away entirely: their validator trust is 0
        assertEquals(0.0, s.validatorTrust(2), 0.0);
        assertEquals(0.0, s.validatorTrust(3), 0.0);
    }

    @Test
    void colluderAboveKappaLiftsItsMiner() {
        YumaState s = collusion(160, 3); // 160 of 260 stake ≈ 62 % > κ
        assertEquals(1.0, s.consensus(5), 0.0);
        assertEquals(0.0, s.consensus(4), 0.0);
        assertEquals(1.0, s.incentive(5), 1e-12);
        assertEquals(0.0, s.incentive(4), 0.0);
    }

    @Test
    void incentivesAndDividendsSumToOneBothVersions() {
        for (boolean yuma3 : new boolean[] {false, true}) {
            for (boolean liquid : new boolean[] {false, true}) {
                Random rnd = new Random(42);
                int n = 64;
                YumaInputs in = randomWorld(n, rnd);
                YumaState s = new YumaState(n);
                YumaParams p = params(yuma3, liquid, 16);
                for (int e = 1; e <= 5; e++) {
                    randomWeights(in, n, rnd, e * 360L - 1);
                    YumaEpoch.run(p, in, s, e * 360L);
                    assertEquals(1.0, sum(s.incentives()), 1e-9, "incentive, yuma3=" + yuma3);
                    assertEquals(1.0, sum(s.dividendsCopy()), 1e-9, "dividends, yuma3=" + yuma3);
                    for (int i = 0; i < n; i++) {
                        assertTrue(s.incentive(i) >= 0 && s.dividend(i) >= 0);
                        for (int j = 0; j < n; j++) {
                            assertTrue(s.bond(i, j) >= 0 && s.bond(i, j) <= 1.0);
                        }
                    }
                }
            }
        }
    }

    @Test
    void onlyTopKStakeGetPermitsAndOthersWeightsAreIgnored() {
        int n = 5;
        YumaInputs in = new YumaInputs(n);
        in.setStake(0, 50, 0);
        in.setStake(1, 30, 0);
        in.setStake(2, 20, 0);
        in.setWeights(0, new double[] {0, 0, 0, 1, 0});
        in.setWeights(1, new double[] {0, 0, 0, 1, 0});
        in.setWeights(2, new double[] {0, 0, 0, 0, 1}); // no permit with k = 2: must not count
        YumaState s = new YumaState(n);
        YumaEpoch.run(params(true, false, 2), in, s, 360);
        assertTrue(s.permit(0) && s.permit(1));
        assertFalse(s.permit(2));
        assertEquals(0.0, s.activeStake(2), 0.0);
        assertEquals(1.0, s.incentive(3), 1e-12);
        assertEquals(0.0, s.incentive(4), 0.0);
    }

    @Test
    void rootStakeCountsWithTaoWeightAndThresholdZeroesSmallStake() {
        int n = 3;
        YumaInputs in = new YumaInputs(n);
        in.setStake(0, 1_000, 10_000); // 1000 + 0.18·10000 = 2800
        in.setStake(1, 2_000, 0);
        in.setStake(2, 999, 0);
        YumaParams p = new YumaParams(HALF, 0.9, 1.0, true, false, 0.7, 0.9, 1000, 64, 0.18, 1_000);
        YumaState s = new YumaState(n);
        YumaEpoch.run(p, in, s, 360);
        assertEquals(2800.0 / 4800.0, s.stakeWeight(0), 1e-12);
        assertEquals(0.0, s.stakeWeight(2), 0.0);
        assertFalse(s.permit(2));
    }

    @Test
    void selfWeightIsRemoved() {
        int n = 3;
        YumaInputs in = new YumaInputs(n);
        in.setStake(0, 100, 0);
        in.setWeights(0, new double[] {1, 0, 1});
        YumaState s = new YumaState(n);
        YumaEpoch.run(params(true, false, 64), in, s, 360);
        assertEquals(0.0, s.incentive(0), 0.0);
        assertEquals(1.0, s.incentive(2), 1e-12);
    }

    @Test
    void weightsSetBeforeARegistrationAreDroppedAndItsBondsReset() {
        int n = 3;
        YumaInputs in = new YumaInputs(n);
        in.setStake(0, 100, 0);
        in.setWeights(0, new double[] {0, 1, 1});
        in.setWeightSetBlock(0, 100);
        YumaState s = new YumaState(n);
        YumaParams p = params(true, false, 64);
        YumaEpoch.run(p, in, s, 360);
        assertTrue(s.bond(0, 2) > 0);
        in.setRegistrationBlock(2, 500); // uid 2 replaced after the weights were set
        YumaEpoch.run(p, in, s, 720);
        assertEquals(0.0, s.incentive(2), 0.0);
        assertEquals(0.0, s.bond(0, 2), 0.0);
    }

    @Test
    void deterministicAcrossRuns() {
        double[] first = null;
        for (int rep = 0; rep < 2; rep++) {
            Random rnd = new Random(7);
            int n = 32;
            YumaInputs in = randomWorld(n, rnd);
            YumaState s = new YumaState(n);
            for (int e = 1; e <= 3; e++) {
                randomWeights(in, n, rnd, e * 360L - 1);
                YumaEpoch.run(params(true, true, 8), in, s, e * 360L);
            }
            if (first == null) {
                first = s.dividendsCopy();
            } else {
                assertArrayEquals(first, s.dividendsCopy(), 0.0);
            }
        }
    }

    /** n = 256: no allocation per epoch and a time budget; prints the measured figures. */
    @Test
    void hotPathAllocatesNothingAndIsFast() {
        int n = 256;
        Random rnd = new Random(1);
        YumaInputs in = randomWorld(n, rnd);
        randomWeights(in, n, rnd, 1);
        YumaState s = new YumaState(n);
        YumaParams p = params(true, true, 64);
        for (int e = 0; e < 50; e++) {
            YumaEpoch.run(p, in, s, 360L * (e + 1));
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        int epochs = 200;
        long before = mx.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        for (int e = 0; e < epochs; e++) {
            YumaEpoch.run(p, in, s, 360L * (e + 100));
        }
        long nanos = System.nanoTime() - t0;
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        System.out.printf("Yuma3+liquid alpha n=256: %.3f ms/epoch, %d bytes allocated over %d epochs%n",
                nanos / 1e6 / epochs, allocated, epochs);
        assertTrue(allocated < 64L * 1024, "allocated " + allocated + " bytes");
        assertTrue(nanos / epochs < 200_000_000L, "epoch too slow: " + nanos / epochs + " ns");
    }

    static YumaInputs randomWorld(int n, Random rnd) {
        YumaInputs in = new YumaInputs(n);
        for (int i = 0; i < n; i++) {
            in.setStake(i, (long) (rnd.nextDouble() * 1e12), rnd.nextBoolean() ? (long) (rnd.nextDouble() * 1e12) : 0);
            in.setActive(i, rnd.nextInt(10) > 0);
        }
        return in;
    }

    static void randomWeights(YumaInputs in, int n, Random rnd, long block) {
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                row[j] = 1 + rnd.nextInt(65_535); // dense: sparse random rows have a zero median everywhere
            }
            in.setWeightsU16(i, row);
            in.setWeightSetBlock(i, block);
        }
    }

    static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
