package io.dtaolab.chain.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link YumaEpoch}, which skips rows it knows to be +0.0, against {@link YumaEpochReference} (every row, every
 * epoch) on random epoch sequences: every output and every stored bond must agree bit for bit. Rows with weights
 * come and go (set, cleared, masked by permits or later registrations, a −0.0 weight now and then), bonds decay
 * to zero and uids are reset, under both bond rules and with and without liquid alpha.
 */
class YumaEpochPropertyTest {
    private int liveAndZeroRows;
    private int bondRowsBackToZero;
    private int negativeZeroConsensus;
    private int resets;

    @Test
    void skippingZeroRowsChangesNoBit() {
        Random rnd = new Random(20261205);
        for (int world = 0; world < 400; world++) {
            runWorld(rnd, world);
        }
        // the interesting cases occurred
        assertTrue(liveAndZeroRows > 1000, "epochs with both skipped and computed rows: " + liveAndZeroRows);
        assertTrue(bondRowsBackToZero > 20, "bond rows decayed or dropped back to zero: " + bondRowsBackToZero);
        assertTrue(negativeZeroConsensus > 5, "epochs with a consensus of −0.0: " + negativeZeroConsensus);
        assertTrue(resets > 100, "uid resets: " + resets);
    }

    private void runWorld(Random rnd, int world) {
        int n = 1 + rnd.nextInt(14);
        double[] penalties = {0.0, 0.5, 1.0, rnd.nextDouble()};
        YumaParams p = new YumaParams(rnd.nextDouble(), rnd.nextBoolean() ? 0.9 : rnd.nextDouble(),
                penalties[rnd.nextInt(penalties.length)], rnd.nextInt(4) != 0, rnd.nextInt(3) == 0, 0.7, 0.9,
                rnd.nextBoolean() ? 1000.0 : 10.0, 1 + rnd.nextInt(n + 2), rnd.nextDouble(), rnd.nextInt(3) == 0 ? 50L : 0L);
        YumaInputs in = new YumaInputs(n);
        YumaState fast = new YumaState(n);
        YumaState plain = new YumaState(n);
        if (rnd.nextBoolean()) {
            boolean[] seed = new boolean[n];
            for (int i = 0; i < n; i++) {
                seed[i] = rnd.nextBoolean();
            }
            fast.seedPermits(seed);
            plain.seedPermits(seed);
        }
        int validators = 1 + rnd.nextInt(n);
        for (int epoch = 1; epoch <= 30; epoch++) {
            long block = epoch * 360L;
            mutate(in, fast, plain, n, validators, rnd, block);
            boolean[] bondsWereZero = fast.bondsZero.clone();
            if (epoch % 2 == 0) {
                fast.warm(); // only reads: changes no bit
                in.warm();
            }
            YumaEpoch.run(p, in, fast, block);
            YumaEpochReference.run(p, in, plain, block);
            String where = "world " + world + " epoch " + epoch;
            assertSameState(fast, plain, where);
            int zero = 0;
            for (int i = 0; i < n; i++) {
                zero += fast.wZero[i] ? 1 : 0;
                bondRowsBackToZero += !bondsWereZero[i] && fast.bondsZero[i] ? 1 : 0;
                negativeZeroConsensus += Double.doubleToRawLongBits(fast.consensus[i]) == Long.MIN_VALUE ? 1 : 0;
            }
            liveAndZeroRows += zero > 0 && zero < n ? 1 : 0;
        }
    }

    private void mutate(YumaInputs in, YumaState fast, YumaState plain, int n, int validators, Random rnd, long block) {
        for (int uid = 0; uid < n; uid++) {
            if (rnd.nextInt(4) == 0) {
                in.setStake(uid, rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(1_000), rnd.nextInt(3) == 0 ? rnd.nextInt(1_000) : 0);
            }
            if (rnd.nextInt(6) == 0) {
                in.setActive(uid, rnd.nextInt(4) != 0);
            }
            if (uid < validators && rnd.nextInt(3) == 0) {
                in.setWeights(uid, randomRow(n, rnd));
                in.setWeightSetBlock(uid, block - 1 - rnd.nextInt(2));
            } else if (rnd.nextInt(uid < validators ? 10 : 2) == 0) {
                in.clearWeights(uid);
            }
            if (rnd.nextInt(60) == 0) {
                in.setRegistrationBlock(uid, block - rnd.nextInt(3));
                fast.resetUid(uid);
                plain.resetUid(uid);
                resets++;
            }
        }
    }

    /** Sparse non-negative weights; now and then a −0.0 (accepted as ≥ 0) or a row of zeros only. */
    private static double[] randomRow(int n, Random rnd) {
        double[] row = new double[n];
        int kind = rnd.nextInt(8);
        for (int j = 0; j < n; j++) {
            if (kind == 0) {
                row[j] = rnd.nextBoolean() ? -0.0 : 0.0;
            } else if (rnd.nextInt(3) == 0) {
                row[j] = kind == 1 && rnd.nextBoolean() ? -0.0 : rnd.nextInt(4) == 0 ? 1.0 : rnd.nextDouble();
            }
        }
        return row;
    }

    private static void assertSameState(YumaState a, YumaState b, String where) {
        int n = a.n;
        assertBits(a.stake, b.stake, where + " stake");
        assertBits(a.activeStake, b.activeStake, where + " active stake");
        assertBits(a.consensus, b.consensus, where + " consensus");
        assertBits(a.validatorTrust, b.validatorTrust, where + " validator trust");
        assertBits(a.ranks, b.ranks, where + " ranks");
        assertBits(a.incentive, b.incentive, where + " incentive");
        assertBits(a.dividends, b.dividends, where + " dividends");
        for (int i = 0; i < n; i++) {
            assertBits(a.bondsU16[i], b.bondsU16[i], where + " bonds row " + i);
            assertEquals(a.permits[i], b.permits[i], where + " permit " + i);
            assertEquals(a.newPermits[i], b.newPermits[i], where + " new permit " + i);
        }
        assertEquals(a.lastEpochBlock, b.lastEpochBlock, where);
    }

    private static void assertBits(double[] a, double[] b, String what) {
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToRawLongBits(b[i]), Double.doubleToRawLongBits(a[i]), what + " [" + i + "]");
        }
    }
}
