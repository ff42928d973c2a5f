package io.dtaolab.chain.epoch;

/**
 * {@link YumaEpoch} as it was before it skipped rows known to be zero (dc82956): the plain reference that
 * YumaEpochPropertyTest compares it with, bit for bit.
 */
final class YumaEpochReference {
    private static final double U16_MAX = 65_535.0;

    private YumaEpochReference() {
    }

    /** Runs the epoch at {@code block}, updating bonds, permits and outputs in {@code s}. */
    public static void run(YumaParams p, YumaInputs in, YumaState s, long block) {
        if (in.n() != s.n) {
            throw new IllegalArgumentException("inputs have " + in.n() + " uids, state has " + s.n);
        }
        int n = s.n;
        stakeWeights(p, in, s);
        ValidatorPermits.topKNonZero(s.stake, p.maxAllowedValidators(), s.newPermits);
        if (!s.permitsKnown) {
            System.arraycopy(s.newPermits, 0, s.permits, 0, n);
        }
        activeStake(in, s);
        maskedWeights(in, s);
        consensusAndIncentive(p, s);
        weightsForBonds(p, s);
        boolean recentMaskOn = s.lastEpochBlock >= 0;
        if (p.yuma3()) {
            bondsYuma3(p, in, s, recentMaskOn);
        } else {
            bondsOriginal(p, in, s, recentMaskOn);
        }
        for (int i = 0; i < n; i++) {
            s.permits[i] = s.newPermits[i];
        }
        s.permitsKnown = true;
        s.lastEpochBlock = block;
    }

    private static void stakeWeights(YumaParams p, YumaInputs in, YumaState s) {
        double tw = p.taoWeight();
        for (int i = 0; i < s.n; i++) {
            double total = in.alphaStakeRao[i] + tw * in.rootStakeRao[i];
            s.stake[i] = Math.floor(total) < p.stakeThresholdRao() ? 0.0 : total;
        }
        normalize(s.stake);
    }

    private static void activeStake(YumaInputs in, YumaState s) {
        for (int i = 0; i < s.n; i++) {
            s.activeStake[i] = (in.active[i] && s.permits[i]) ? s.stake[i] : 0.0;
        }
        normalize(s.activeStake);
    }

    /** Rows of non-permitted validators dropped, self-weights and weights to later registrations removed, rows normalised. */
    private static void maskedWeights(YumaInputs in, YumaState s) {
        int n = s.n;
        for (int i = 0; i < n; i++) {
            double[] w = s.w[i];
            double[] raw = in.weights[i];
            boolean permitted = s.permits[i];
            long setAt = in.weightSetBlock[i];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double v = (permitted && i != j && setAt > in.registrationBlock[j]) ? raw[j] : 0.0;
                w[j] = v;
                sum += v;
            }
            if (sum > 0) {
                for (int j = 0; j < n; j++) {
                    w[j] /= sum;
                }
            }
        }
    }

    private static void consensusAndIncentive(YumaParams p, YumaState s) {
        int n = s.n;
        for (int j = 0; j < n; j++) {
            s.consensus[j] = new WeightedMedian(n).column(s.activeStake, s.w, j, p.kappa());
        }
        java.util.Arrays.fill(s.ranks, 0.0);
        for (int i = 0; i < n; i++) {
            double[] w = s.w[i];
            double[] c = s.clipped[i];
            double trust = 0;
            double st = s.activeStake[i];
            for (int j = 0; j < n; j++) {
                double v = Math.min(w[j], s.consensus[j]);
                c[j] = v;
                trust += v;
                s.ranks[j] += v * st;
            }
            s.validatorTrust[i] = trust;
        }
        System.arraycopy(s.ranks, 0, s.incentive, 0, n);
        normalize(s.incentive);
    }

    /** W_b = (1−β)·W + β·W̄, written over the clipped matrix (no longer needed after incentive). */
    private static void weightsForBonds(YumaParams p, YumaState s) {
        double beta = p.bondsPenalty();
        for (int i = 0; i < s.n; i++) {
            double[] w = s.w[i];
            double[] c = s.clipped[i];
            for (int j = 0; j < s.n; j++) {
                c[j] = w[j] + beta * (c[j] - w[j]);
            }
        }
    }

    private static boolean recentlyRegistered(YumaInputs in, YumaState s, boolean maskOn, int j) {
        return maskOn && in.registrationBlock[j] > s.lastEpochBlock;
    }

    private static void bondsYuma3(YumaParams p, YumaInputs in, YumaState s, boolean maskOn) {
        int n = s.n;
        boolean liquid = p.liquidAlpha() && anyNonZero(s.consensus);
        double a = p.bondsAlpha();
        double[][] wb = s.clipped;
        for (int i = 0; i < n; i++) {
            double[] prev = s.bondsU16[i];
            double[] ema = s.emaBonds[i];
            for (int j = 0; j < n; j++) {
                double b = recentlyRegistered(in, s, maskOn, j) ? 0.0 : prev[j] / U16_MAX;
                double w = wb[i][j];
                if (liquid) {
                    double aij = LiquidAlpha.alpha(s.consensus[j], w, b, p.alphaLow(), p.alphaHigh(),
                            p.liquidAlphaSteepness());
                    ema[j] = Math.min(1.0, (1.0 - aij) * b + Math.max(0.0, aij * w));
                } else {
                    ema[j] = a * w + (1.0 - a) * b;
                }
            }
        }
        columnSums(s.emaBonds, s.colSum);
        for (int i = 0; i < n; i++) {
            double[] ema = s.emaBonds[i];
            double total = 0;
            for (int j = 0; j < n; j++) {
                double norm = s.colSum[j] == 0.0 ? ema[j] : ema[j] / s.colSum[j];
                total += norm * s.incentive[j];
            }
            s.dividends[i] = total * s.activeStake[i];
        }
        normalize(s.dividends);
        for (int i = 0; i < n; i++) {
            double[] stored = s.bondsU16[i];
            double[] ema = s.emaBonds[i];
            boolean keep = s.newPermits[i];
            for (int j = 0; j < n; j++) {
                stored[j] = keep ? Math.floor(ema[j] * U16_MAX) : 0.0;
            }
        }
    }

    private static void bondsOriginal(YumaParams p, YumaInputs in, YumaState s, boolean maskOn) {
        int n = s.n;
        double a = p.bondsAlpha();
        double[][] wb = s.clipped;
        double[][] ema = s.emaBonds;
        // previous bonds, masked and column-normalised, into ema
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ema[i][j] = recentlyRegistered(in, s, maskOn, j) ? 0.0 : s.bondsU16[i][j];
            }
        }
        columnNormalize(ema, s.colSum);
        // ΔB = W_b ∘ S, column-normalised, written over W_b
        for (int i = 0; i < n; i++) {
            double st = s.activeStake[i];
            for (int j = 0; j < n; j++) {
                wb[i][j] *= st;
            }
        }
        columnNormalize(wb, s.colSum);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ema[i][j] = a * wb[i][j] + (1.0 - a) * ema[i][j];
            }
        }
        columnNormalize(ema, s.colSum);
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += ema[i][j] * s.incentive[j];
            }
            s.dividends[i] = total;
        }
        normalize(s.dividends);
        // stored column max-upscaled as u16
        java.util.Arrays.fill(s.colSum, 0.0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s.colSum[j] = Math.max(s.colSum[j], ema[i][j]);
            }
        }
        for (int i = 0; i < n; i++) {
            boolean keep = s.newPermits[i];
            for (int j = 0; j < n; j++) {
                double max = s.colSum[j];
                double up = max == 0.0 ? ema[i][j] : ema[i][j] / max;
                s.bondsU16[i][j] = keep ? Math.floor(up * U16_MAX) : 0.0;
            }
        }
    }

    static void normalize(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        if (sum == 0.0) {
            return;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= sum;
        }
    }

    private static void columnSums(double[][] m, double[] sums) {
        java.util.Arrays.fill(sums, 0.0);
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                sums[j] += row[j];
            }
        }
    }

    private static void columnNormalize(double[][] m, double[] sums) {
        columnSums(m, sums);
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                if (sums[j] != 0.0) {
                    row[j] /= sums[j];
                }
            }
        }
    }

    private static boolean anyNonZero(double[] x) {
        for (double v : x) {
            if (v != 0.0) {
                return true;
            }
        }
        return false;
    }
}
