package io.dtaolab.chain.epoch;

/**
 * Splits each hotkey's epoch dividend into its alpha and root parts and scales each part to its own pot
 * (dtao-mechanics.md §2.8 step 4, {@code calculate_dividend_distribution}):
 * {@code root_prop_h = tw·r_h/(α_h + tw·r_h)}; the alpha parts are normalised to the pending validator alpha,
 * the root parts to the pending root alpha, independently.
 */
public final class DividendSplit {
    private DividendSplit() {
    }

    /**
     * @param alphaDividend     unrounded alpha dividend per hotkey (the chain's U96F32 value)
     * @param rootAlphaDividend unrounded root alpha dividend per hotkey
     * @param alphaDividendRao  floor of each alpha dividend; the sum never exceeds the pot
     * @param rootAlphaDividendRao floor of each root alpha dividend; the sum never exceeds the pot
     * @param alphaTotalRao     floor of the unrounded alpha sum (what the chain's test compares)
     * @param rootTotalRao      floor of the unrounded root sum
     * @param undistributedRao  pots minus the floored per-hotkey amounts (dust and pots nobody could claim)
     */
    public record Result(double[] alphaDividend, double[] rootAlphaDividend, long[] alphaDividendRao,
                         long[] rootAlphaDividendRao, long alphaTotalRao, long rootTotalRao, long undistributedRao) {
    }

    public static Result split(long pendingValidatorAlphaRao, long pendingRootAlphaRao, double taoWeight,
                               long[] alphaStakeRao, long[] rootStakeRao, double[] dividend) {
        int n = dividend.length;
        if (alphaStakeRao.length != n || rootStakeRao.length != n) {
            throw new IllegalArgumentException("stake and dividend arrays must have the same length");
        }
        if (pendingValidatorAlphaRao < 0 || pendingRootAlphaRao < 0) {
            throw new IllegalArgumentException("pending pots must be ≥ 0");
        }
        double[] alphaPart = new double[n];
        double[] rootPart = new double[n];
        double alphaSum = 0;
        double rootSum = 0;
        for (int h = 0; h < n; h++) {
            double rootAlpha = rootStakeRao[h] * taoWeight;
            double total = alphaStakeRao[h] + rootAlpha;
            double rootProp = total == 0.0 ? 0.0 : rootAlpha / total;
            double d = Math.max(0.0, dividend[h]);
            rootPart[h] = d * rootProp;
            alphaPart[h] = d - rootPart[h];
            alphaSum += alphaPart[h];
            rootSum += rootPart[h];
        }
        double alphaTotal = scale(alphaPart, alphaSum, pendingValidatorAlphaRao);
        double rootTotal = scale(rootPart, rootSum, pendingRootAlphaRao);
        long[] alphaRao = Apportion.floorWithin(alphaPart, pendingValidatorAlphaRao);
        long[] rootRao = Apportion.floorWithin(rootPart, pendingRootAlphaRao);
        long paid = Apportion.sum(alphaRao) + Apportion.sum(rootRao);
        long undistributed = pendingValidatorAlphaRao + pendingRootAlphaRao - paid;
        return new Result(alphaPart, rootPart, alphaRao, rootRao,
                (long) Math.min(Math.floor(alphaTotal), pendingValidatorAlphaRao),
                (long) Math.min(Math.floor(rootTotal), pendingRootAlphaRao), undistributed);
    }

    /** Rescales {@code parts} in place to shares of {@code pot}; all zero if the parts sum to 0. Returns the new sum. */
    private static double scale(double[] parts, double sum, long pot) {
        double total = 0;
        for (int h = 0; h < parts.length; h++) {
            parts[h] = sum == 0.0 ? 0.0 : pot * (parts[h] / sum);
            total += parts[h];
        }
        return total;
    }
}
