package io.dtaolab.chain.epoch;

import java.util.Arrays;

/**
 * Per-subnet Yuma state: what persists between epochs (bonds as stored u16 values, validator permits, the
 * last epoch block) plus the preallocated working and output arrays of the most recent epoch. Read outputs
 * through the accessors; arrays handed out are copies.
 */
public final class YumaState {
    final int n;
    // persistent
    /** Bonds as the chain stores them: u16 values. Yuma3: proportion·65535 floored; original: column max-upscaled. */
    final double[][] bondsU16;
    final boolean[] permits;
    boolean permitsKnown;
    long lastEpochBlock = -1;
    // outputs of the last epoch
    final double[] stake;
    final double[] activeStake;
    final double[] consensus;
    final double[] validatorTrust;
    final double[] ranks;
    final double[] incentive;
    final double[] dividends;
    final boolean[] newPermits;
    // scratch
    final double[][] w;
    final double[][] clipped;
    final double[][] emaBonds;
    final double[] colSum;
    final WeightedMedian median;
    /*
     * By row: whether the row is known to hold only +0.0 (false: unknown). Such a row adds exact zeros to every sum
     * and product of the epoch, so the epoch skips it (YumaEpoch). New arrays are all +0.0: true.
     */
    final boolean[] wZero;
    final boolean[] clippedZero;
    final boolean[] emaZero;
    final boolean[] bondsZero;

    public YumaState(int n) {
        if (n <= 0 || n > 65_536) {
            throw new IllegalArgumentException("n must be in [1, 65536], got " + n);
        }
        this.n = n;
        bondsU16 = new double[n][n];
        permits = new boolean[n];
        stake = new double[n];
        activeStake = new double[n];
        consensus = new double[n];
        validatorTrust = new double[n];
        ranks = new double[n];
        incentive = new double[n];
        dividends = new double[n];
        newPermits = new boolean[n];
        w = new double[n][n];
        clipped = new double[n][n];
        emaBonds = new double[n][n];
        colSum = new double[n];
        median = new WeightedMedian(n);
        wZero = allTrue(n);
        clippedZero = allTrue(n);
        emaZero = allTrue(n);
        bondsZero = allTrue(n);
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    public int n() {
        return n;
    }

    /**
     * Sets the permits the next epoch uses to mask rows (the chain uses the previous epoch's permits). Without
     * this, the first epoch takes its permits from its own stake.
     */
    public void seedPermits(boolean[] held) {
        if (held.length != n) {
            throw new IllegalArgumentException("permits must have " + n + " entries");
        }
        System.arraycopy(held, 0, permits, 0, n);
        permitsKnown = true;
    }

    /** Forgets all bonds of uid's row and column (deregistration / replacement of the neuron). */
    public void resetUid(int uid) {
        Arrays.fill(bondsU16[uid], 0.0);
        bondsZero[uid] = true;
        for (int i = 0; i < n; i++) {
            bondsU16[i][uid] = 0.0;
        }
        permits[uid] = false;
    }

    /**
     * Brings into the cache what the next epoch reads ({@link CacheWarm}): the vectors, and the matrix rows that are
     * not all known to be zero (the validators'); the sum means nothing.
     */
    public long warm() {
        long t = CacheWarm.of(wZero) + CacheWarm.of(clippedZero) + CacheWarm.of(emaZero) + CacheWarm.of(bondsZero)
                + CacheWarm.of(permits) + CacheWarm.of(newPermits) + CacheWarm.of(stake) + CacheWarm.of(activeStake)
                + CacheWarm.of(consensus) + CacheWarm.of(validatorTrust) + CacheWarm.of(ranks) + CacheWarm.of(incentive)
                + CacheWarm.of(dividends) + CacheWarm.of(colSum) + median.warm();
        for (int i = 0; i < n; i++) {
            if (!(wZero[i] && clippedZero[i] && emaZero[i] && bondsZero[i])) {
                t += CacheWarm.of(w[i]) + CacheWarm.of(clipped[i]) + CacheWarm.of(emaBonds[i]) + CacheWarm.of(bondsU16[i]);
            }
        }
        return t;
    }

    public long lastEpochBlock() {
        return lastEpochBlock;
    }

    public boolean permit(int uid) {
        return permits[uid];
    }

    /** Stored bond of validator i on neuron j as a proportion (Yuma3) or column-max-upscaled proportion. */
    public double bond(int i, int j) {
        return bondsU16[i][j] / 65_535.0;
    }

    public double stakeWeight(int uid) {
        return stake[uid];
    }

    public double activeStake(int uid) {
        return activeStake[uid];
    }

    public double consensus(int uid) {
        return consensus[uid];
    }

    public double validatorTrust(int uid) {
        return validatorTrust[uid];
    }

    public double rank(int uid) {
        return ranks[uid];
    }

    public double incentive(int uid) {
        return incentive[uid];
    }

    public double dividend(int uid) {
        return dividends[uid];
    }

    public double[] incentives() {
        return incentive.clone();
    }

    public double[] dividendsCopy() {
        return dividends.clone();
    }

    public double[] consensusCopy() {
        return consensus.clone();
    }

    public double[] stakeWeights() {
        return stake.clone();
    }

    public double[] activeStakes() {
        return activeStake.clone();
    }
}
