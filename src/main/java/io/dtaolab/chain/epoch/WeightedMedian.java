package io.dtaolab.chain.epoch;

/**
 * Stake-weighted quantile of one column, following the chain's partition search ({@code weighted_median},
 * epoch/math.rs) so ties and pivots resolve the same way. Scratch buffers are owned by the instance;
 * one instance per thread.
 */
final class WeightedMedian {
    private int[] current;
    private int[] lower;
    private int[] upper;
    private double[] useStake;
    private double[] useScore;

    WeightedMedian(int capacity) {
        ensure(capacity);
    }

    private void ensure(int n) {
        if (current == null || current.length < n) {
            current = new int[n];
            lower = new int[n];
            upper = new int[n];
            useStake = new double[n];
            useScore = new double[n];
        }
    }

    /** {@link YumaState#warm} for the scratch buffers. */
    long warm() {
        long t = CacheWarm.of(current) + CacheWarm.of(lower) + CacheWarm.of(upper) + CacheWarm.of(useStake)
                + CacheWarm.of(useScore);
        return rowsWithStake == null ? t : t + CacheWarm.of(rowsWithStake);
    }

    /**
     * Quantile {@code kappa} of column {@code col} of {@code score} over the rows with stake &gt; 0
     * (stake of those rows renormalised to 1). Returns 0 if no row has stake.
     */
    double column(double[] stake, double[][] score, int col, double kappa) {
        int rows = stake.length;
        ensure(rows);
        int m = 0;
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            if (stake[r] > 0) {
                useStake[m] = stake[r];
                useScore[m] = score[r][col];
                sum += stake[r];
                m++;
            }
        }
        if (m == 0) {
            return 0.0;
        }
        double stakeSum = 0;
        for (int k = 0; k < m; k++) {
            useStake[k] /= sum;
            stakeSum += useStake[k];
        }
        return median(m, stakeSum - kappa, 0.0, stakeSum);
    }

    /** Rows of the prepared stake with stake &gt; 0 (see {@link #prepare}), their renormalised stake and its sum. */
    private int[] rowsWithStake;
    private int preparedRows;
    private double preparedStakeSum;

    /**
     * Readies {@link #column(double[][], int, double)} for every column over the same {@code stake}: the rows with
     * stake and their renormalised stake are the same for every column, so they are found once. The other
     * {@code column} overwrites what this prepared.
     */
    void prepare(double[] stake) {
        int rows = stake.length;
        ensure(rows);
        if (rowsWithStake == null || rowsWithStake.length < rows) {
            rowsWithStake = new int[rows];
        }
        int m = 0;
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            if (stake[r] > 0) {
                useStake[m] = stake[r];
                rowsWithStake[m] = r;
                sum += stake[r];
                m++;
            }
        }
        double stakeSum = 0;
        for (int k = 0; k < m; k++) {
            useStake[k] /= sum;
            stakeSum += useStake[k];
        }
        preparedRows = m;
        preparedStakeSum = stakeSum;
    }

    /** {@link #column(double[], double[][], int, double)} over the stake last given to {@link #prepare}. */
    double column(double[][] score, int col, double kappa) {
        int m = preparedRows;
        if (m == 0) {
            return 0.0;
        }
        for (int k = 0; k < m; k++) {
            useScore[k] = score[rowsWithStake[k]][col];
        }
        return median(m, preparedStakeSum - kappa, 0.0, preparedStakeSum);
    }

    private double median(int m, double minority, double partitionLo, double partitionHi) {
        int[] cur = current;
        int[] lo = lower;
        int[] hi = upper;
        int n = m;
        for (int k = 0; k < n; k++) {
            cur[k] = k;
        }
        for (int iteration = 0; iteration <= m; iteration++) {
            if (n == 0) {
                return 0.0;
            }
            if (n == 1) {
                return useScore[cur[0]];
            }
            double pivot = useScore[cur[n / 2]];
            double loStake = 0;
            double hiStake = 0;
            int nLo = 0;
            int nHi = 0;
            for (int k = 0; k < n; k++) {
                int idx = cur[k];
                double s = useScore[idx];
                if (s == pivot) {
                    continue;
                }
                if (s < pivot) {
                    loStake += useStake[idx];
                    lo[nLo++] = idx;
                } else {
                    hiStake += useStake[idx];
                    hi[nHi++] = idx;
                }
            }
            if (minority < partitionLo + loStake && nLo > 0) {
                partitionHi = partitionLo + loStake;
                int[] t = cur;
                cur = lo;
                lo = t;
                n = nLo;
            } else if (partitionHi - hiStake <= minority && nHi > 0) {
                partitionLo = partitionHi - hiStake;
                int[] t = cur;
                cur = hi;
                hi = t;
                n = nHi;
            } else {
                return pivot;
            }
        }
        return 0.0;
    }
}
