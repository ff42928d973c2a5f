package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.ShareRule;

/**
 * Splits the block emission across eligible subnets by the era's rule, dtao-mechanics.md §2.3.
 * Arrays are indexed by netuid; {@code out} receives shares summing to 1 over eligible subnets (or all 0).
 * Allocation-free: it runs every block.
 */
public final class EmissionShares {
    private EmissionShares() {
    }

    /** Inputs of the share rules, by netuid. Flow values are EMAs in RAO per block. */
    public record Inputs(boolean[] eligible, double[] ema, double[] minerBurned, boolean[] emissionEnabled,
                         double[] flowEma, double[] protocolFlowEma, double[] rootProportion, double[] voteShares) {
    }

    public static void compute(Mechanism m, int size, Inputs in, double[] out) {
        ShareRule rule = m.shareRule();
        switch (rule) {
            case PRICE_EMA -> weighted(size, in, out, false, false, false);
            case PRICE_BURN -> weighted(size, in, out, true, false, m.respectEmissionEnabled());
            case PRICE_BURN_ROOT_PROP -> weighted(size, in, out, true, true, m.respectEmissionEnabled());
            case TAO_FLOW -> flow(size, in.eligible(), in.flowEma(), m.flowCutoff(), m.flowExponent(), out);
            case NET_FLOW -> {
                netFlow(size, in.eligible(), in.flowEma(), in.protocolFlowEma(), out);
                flow(size, in.eligible(), out, m.flowCutoff(), m.flowExponent(), out);
            }
            case ROOT_VOTE, HOLDER_VOTE -> votes(size, in.eligible(), in.voteShares(), out);
            default -> throw new IllegalStateException(rule.name());
        }
        if (m.respectEmissionEnabled() && rule != ShareRule.PRICE_BURN && rule != ShareRule.PRICE_BURN_ROOT_PROP) {
            disableAndRenormalise(size, in.emissionEnabled(), out);
        }
    }

    private static void weighted(int size, Inputs in, double[] out, boolean burn, boolean rootProp, boolean enabledOnly) {
        double sum = 0;
        double plainSum = 0;
        for (int i = 0; i < size; i++) {
            out[i] = 0;
            if (!in.eligible()[i] || (enabledOnly && !in.emissionEnabled()[i])) {
                continue;
            }
            double w = in.ema()[i];
            plainSum += w;
            if (burn) {
                w *= 1 - Math.min(Math.max(in.minerBurned()[i], 0), 1);
            }
            if (rootProp) {
                w *= in.rootProportion()[i];
            }
            out[i] = w;
            sum += w;
        }
        if (sum > 0) {
            scale(size, out, 1 / sum);
        } else if (plainSum > 0) {
            // chain falls back to pure EMA shares when every weighted term is 0
            for (int i = 0; i < size; i++) {
                out[i] = (in.eligible()[i] && (!enabledOnly || in.emissionEnabled()[i])) ? in.ema()[i] / plainSum : 0;
            }
        }
    }

    /**
     * TaoFlow: L = max(cutoff, min_i min(S_i, 0)), z_i = S_i − L if S_i > L else 0, share = z^p / Σ z^p.
     * {@code flows} and {@code out} may be the same array.
     */
    static void flow(int size, boolean[] eligible, double[] flows, double cutoff, double exponent, double[] out) {
        double lower = 0;
        for (int i = 0; i < size; i++) {
            if (eligible[i]) {
                lower = Math.min(lower, flows[i]);
            }
        }
        lower = Math.max(cutoff, lower);
        double max = 0;
        for (int i = 0; i < size; i++) {
            double z = eligible[i] && flows[i] > lower ? flows[i] - lower : 0;
            out[i] = z;
            max = Math.max(max, z);
        }
        if (max <= 0) {
            return;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            // rescale so max z = 1 first, as inplace_pow_normalize does, so tiny excesses still normalise
            double z = out[i] / max;
            out[i] = z <= 0 ? 0 : (exponent == 1.0 ? z : StrictMath.pow(z, exponent));
            sum += out[i];
        }
        scale(size, out, 1 / sum);
    }

    /** Net flow, §2.3c: net_i = S_i − (P_i > 0 ? norm·P_i : P_i), norm = min(1, Σmax(S,0)/Σmax(P,0)). */
    static void netFlow(int size, boolean[] eligible, double[] flow, double[] protocol, double[] out) {
        double userPos = 0;
        double protoPos = 0;
        for (int i = 0; i < size; i++) {
            if (eligible[i]) {
                userPos += Math.max(flow[i], 0);
                protoPos += Math.max(protocol[i], 0);
            }
        }
        double norm = protoPos == 0 ? 0 : Math.min(1, userPos / protoPos);
        for (int i = 0; i < size; i++) {
            out[i] = protocol[i] > 0 ? flow[i] - norm * protocol[i] : flow[i] - protocol[i];
        }
    }

    private static void votes(int size, boolean[] eligible, double[] voteShares, double[] out) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            out[i] = eligible[i] ? Math.max(voteShares[i], 0) : 0;
            sum += out[i];
        }
        if (sum > 0) {
            scale(size, out, 1 / sum);
        }
    }

    private static void disableAndRenormalise(int size, boolean[] enabled, double[] out) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            if (!enabled[i]) {
                out[i] = 0;
            }
            sum += out[i];
        }
        if (sum > 0) {
            scale(size, out, 1 / sum);
        }
    }

    private static void scale(int size, double[] out, double factor) {
        for (int i = 0; i < size; i++) {
            out[i] *= factor;
        }
    }
}
