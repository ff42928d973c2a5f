package io.dtaolab.engine;

import io.dtaolab.chain.Network;

/**
 * The market a run's measurement starts from: how long the honest population traded before it (warm-up) and, per
 * netuid, the spot price, price EMA and flow EMAs (user and protocol, TAO per block) at that block.
 */
public record Regime(long warmupBlocks, long chainBlock, double[] spot, double[] ema, double[] flowEmaTao,
                     double[] protocolFlowEmaTao) {

    static Regime of(Network net, long warmupBlocks) {
        int w = net.capacity();
        double[] spot = new double[w];
        double[] ema = new double[w];
        double[] flow = new double[w];
        double[] protocol = new double[w];
        for (int n : net.netuids()) {
            spot[n] = net.spotPrice(n);
            ema[n] = net.emaPrice(n);
            flow[n] = net.flowEma(n) / 1e9;
            protocol[n] = net.protocolFlowEma(n) / 1e9;
        }
        return new Regime(warmupBlocks, net.block(), spot, ema, flow, protocol);
    }

    /** Subnets whose flow EMA is above zero (they would earn emission under the flow rules). */
    public int positiveFlowSubnets() {
        int k = 0;
        for (double f : flowEmaTao) {
            k += f > 0 ? 1 : 0;
        }
        return k;
    }

    /** Σ of the positive flow EMAs, TAO per block. */
    public double positiveFlowTao() {
        double sum = 0;
        for (double f : flowEmaTao) {
            sum += Math.max(0, f);
        }
        return sum;
    }
}
