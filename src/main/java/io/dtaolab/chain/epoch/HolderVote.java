package io.dtaolab.chain.epoch;

/**
 * Pre-dTAO emission allocation ({@code holder-vote} preset, sTAO-style): every TAO holder votes with its stake;
 * a subnet's share is proportional to the stake delegated to it. No consensus and no clipping.
 */
public final class HolderVote {
    private HolderVote() {
    }

    /**
     * Each holder puts its whole stake on one subnet ({@code -1}: abstains).
     *
     * @return shares per subnet, summing to 1, or all 0
     */
    public static double[] shares(long[] holderStakeRao, int[] votedSubnet, int subnets) {
        if (holderStakeRao.length != votedSubnet.length) {
            throw new IllegalArgumentException("one vote per holder expected");
        }
        double[] r = new double[subnets];
        for (int h = 0; h < holderStakeRao.length; h++) {
            requireStake(holderStakeRao[h]);
            int j = votedSubnet[h];
            if (j < -1 || j >= subnets) {
                throw new IllegalArgumentException("holder " + h + " votes for unknown subnet " + j);
            }
            if (j >= 0) {
                r[j] += holderStakeRao[h];
            }
        }
        YumaEpoch.normalize(r);
        return r;
    }

    /**
     * Each holder splits its stake over subnets by its own weight vector (any scale, normalised per holder;
     * an all-zero vector abstains).
     */
    public static double[] shares(long[] holderStakeRao, double[][] weights) {
        if (holderStakeRao.length != weights.length) {
            throw new IllegalArgumentException("one weight vector per holder expected");
        }
        int m = weights.length == 0 ? 0 : weights[0].length;
        double[] r = new double[m];
        for (int h = 0; h < holderStakeRao.length; h++) {
            requireStake(holderStakeRao[h]);
            if (weights[h].length != m) {
                throw new IllegalArgumentException("all weight vectors must have " + m + " entries");
            }
            double sum = 0;
            for (double x : weights[h]) {
                if (!(x >= 0) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("weights must be finite and ≥ 0");
                }
                sum += x;
            }
            if (sum > 0) {
                for (int j = 0; j < m; j++) {
                    r[j] += holderStakeRao[h] * (weights[h][j] / sum);
                }
            }
        }
        YumaEpoch.normalize(r);
        return r;
    }

    private static void requireStake(long s) {
        if (s < 0) {
            throw new IllegalArgumentException("stake must be ≥ 0, got " + s);
        }
    }
}
