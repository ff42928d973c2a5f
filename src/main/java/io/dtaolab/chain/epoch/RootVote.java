package io.dtaolab.chain.epoch;

/**
 * Pre-dTAO emission allocation ({@code root-vote} preset): root validators set weights over subnets; a subnet's
 * share is the stake-weighted, consensus-clipped support it gets. Per subnet column: {@code C_j} =
 * stake-weighted quantile at {@code kappa}, {@code W̄ = min(W, C)}, {@code R_j = Σ_i W̄_ij·S_i},
 * {@code share = R/ΣR}; all zero when nobody supports anything.
 */
public final class RootVote {
    /** The root network's validator slots before dTAO. */
    public static final int DEFAULT_MAX_VALIDATORS = 64;

    private RootVote() {
    }

    /**
     * @param stake   root stake per root validator (any unit, ≥ 0)
     * @param weights weights[i][j] that validator i gives subnet j (any scale, rows are normalised)
     * @param kappa   consensus quantile ({@code rootVoteKappa})
     * @param maxValidators only the top {@code maxValidators} non-zero stakes vote
     * @return shares per subnet, summing to 1, or all 0
     */
    public static double[] shares(double[] stake, double[][] weights, double kappa, int maxValidators) {
        int v = stake.length;
        if (weights.length != v) {
            throw new IllegalArgumentException("one weight row per validator expected");
        }
        if (!(kappa >= 0 && kappa <= 1)) {
            throw new IllegalArgumentException("kappa must be in [0, 1], got " + kappa);
        }
        int m = v == 0 ? 0 : weights[0].length;
        double[] s = new double[v];
        for (int i = 0; i < v; i++) {
            if (!(stake[i] >= 0) || Double.isInfinite(stake[i])) {
                throw new IllegalArgumentException("stake must be finite and ≥ 0");
            }
            s[i] = stake[i];
        }
        boolean[] permit = new boolean[v];
        ValidatorPermits.topKNonZero(s, maxValidators, permit);
        for (int i = 0; i < v; i++) {
            if (!permit[i]) {
                s[i] = 0;
            }
        }
        YumaEpoch.normalize(s);
        double[][] w = new double[v][];
        for (int i = 0; i < v; i++) {
            if (weights[i].length != m) {
                throw new IllegalArgumentException("all weight rows must have " + m + " entries");
            }
            w[i] = weights[i].clone();
            double sum = 0;
            for (double x : w[i]) {
                if (!(x >= 0) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("weights must be finite and ≥ 0");
                }
                sum += x;
            }
            if (sum > 0) {
                for (int j = 0; j < m; j++) {
                    w[i][j] /= sum;
                }
            }
        }
        WeightedMedian median = new WeightedMedian(v);
        double[] r = new double[m];
        for (int j = 0; j < m; j++) {
            double c = median.column(s, w, j, kappa);
            for (int i = 0; i < v; i++) {
                r[j] += Math.min(w[i][j], c) * s[i];
            }
        }
        YumaEpoch.normalize(r);
        return r;
    }
}
