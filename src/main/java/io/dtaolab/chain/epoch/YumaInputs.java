package io.dtaolab.chain.epoch;

import java.util.Arrays;

/**
 * What one epoch of one subnet sees, filled in place by the caller (no allocation per epoch): stake per uid,
 * activity, the weight rows as set, and the blocks that decide which weights and bonds are outdated.
 * Defaults: no stake, everyone active, no weights, all neurons registered before any weight was set.
 */
public final class YumaInputs {
    private final int n;
    final long[] alphaStakeRao;
    final long[] rootStakeRao;
    final boolean[] active;
    final double[][] weights;
    /** By uid: whether the weight row is known to be all zeros (most rows, the miners', are cleared every epoch). */
    private final boolean[] zeroRow;
    final long[] weightSetBlock;
    final long[] registrationBlock;

    public YumaInputs(int n) {
        if (n <= 0 || n > 65_536) {
            throw new IllegalArgumentException("n must be in [1, 65536], got " + n);
        }
        this.n = n;
        alphaStakeRao = new long[n];
        rootStakeRao = new long[n];
        active = new boolean[n];
        Arrays.fill(active, true);
        weights = new double[n][n];
        zeroRow = new boolean[n];
        Arrays.fill(zeroRow, true);
        weightSetBlock = new long[n];
        registrationBlock = new long[n];
        Arrays.fill(registrationBlock, -1L);
    }

    public int n() {
        return n;
    }

    /** {@link YumaState#warm} for the inputs: the vectors and the weight rows not known to be zero. */
    public long warm() {
        long t = CacheWarm.of(alphaStakeRao) + CacheWarm.of(rootStakeRao) + CacheWarm.of(active) + CacheWarm.of(zeroRow)
                + CacheWarm.of(weightSetBlock) + CacheWarm.of(registrationBlock);
        for (int i = 0; i < n; i++) {
            if (!zeroRow[i]) {
                t += CacheWarm.of(weights[i]);
            }
        }
        return t;
    }

    public void setStake(int uid, long alphaRao, long rootRao) {
        if (alphaRao < 0 || rootRao < 0) {
            throw new IllegalArgumentException("stake must be ≥ 0 (uid " + uid + ")");
        }
        alphaStakeRao[uid] = alphaRao;
        rootStakeRao[uid] = rootRao;
    }

    public void setActive(int uid, boolean isActive) {
        active[uid] = isActive;
    }

    /** Row {@code uid} as u16 weights (any scale: rows are normalised by the epoch). */
    public void setWeightsU16(int uid, int[] row) {
        checkRow(row.length);
        zeroRow[uid] = false; // before the first write: a row refused midway is partly written
        double[] w = weights[uid];
        for (int j = 0; j < n; j++) {
            if (row[j] < 0 || row[j] > 65_535) {
                throw new IllegalArgumentException("u16 weight out of range at [" + uid + "][" + j + "]: " + row[j]);
            }
            w[j] = row[j];
        }
    }

    /** Row {@code uid} as non-negative reals (any scale). */
    public void setWeights(int uid, double[] row) {
        checkRow(row.length);
        zeroRow[uid] = false; // before the first write: a row refused midway is partly written
        double[] w = weights[uid];
        for (int j = 0; j < n; j++) {
            if (!(row[j] >= 0.0) || Double.isInfinite(row[j])) {
                throw new IllegalArgumentException("weight must be finite and ≥ 0 at [" + uid + "][" + j + "]: " + row[j]);
            }
            w[j] = row[j];
        }
    }

    /** Single entry; for sparse updates from agents. */
    public void setWeight(int uid, int target, double w) {
        if (!(w >= 0.0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException("weight must be finite and ≥ 0, got " + w);
        }
        zeroRow[uid] = false;
        weights[uid][target] = w;
    }

    /** Whether row {@code uid} is known to hold only +0.0 (after {@link #clearWeights}, or never set). */
    boolean zeroRow(int uid) {
        return zeroRow[uid];
    }

    public void clearWeights(int uid) {
        if (!zeroRow[uid]) {
            Arrays.fill(weights[uid], 0.0);
            zeroRow[uid] = true;
        }
    }

    /** Block at which {@code uid} last set weights (the chain's {@code LastUpdate}). */
    public void setWeightSetBlock(int uid, long block) {
        weightSetBlock[uid] = block;
    }

    /** Block at which the neuron now holding {@code uid} registered. */
    public void setRegistrationBlock(int uid, long block) {
        registrationBlock[uid] = block;
    }

    private void checkRow(int len) {
        if (len != n) {
            throw new IllegalArgumentException("weight row must have " + n + " entries, got " + len);
        }
    }
}
