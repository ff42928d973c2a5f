package io.dtaolab.engine;

import io.dtaolab.chain.Network;

/**
 * Flow EMAs at the end of a warm-up. The chain's flow EMA has a 30-day half-life, so a day of honest trading
 * leaves it near its start (0 on the snapshot). The EMA's steady state under a flow is the flow's mean; after
 * {@code w} blocks with smoothing {@code a} from {@code S0}, {@code S_w = d·S0 + (1−d)·mean} with
 * {@code d = (1−a)^w} (the mean weighted by the EMA's own weights), so the mean is read back from the EMA and
 * becomes its value: the market starts as if the warm-up's flows had always run.
 */
final class FlowWarmStart {
    private final long startBlock;
    private final double[] user;
    private final double[] protocol;

    FlowWarmStart(Network net) {
        this.startBlock = net.block();
        this.user = new double[net.capacity()];
        this.protocol = new double[net.capacity()];
        for (int n : net.netuids()) {
            user[n] = net.flowEma(n);
            protocol[n] = net.protocolFlowEma(n);
        }
    }

    void apply(Network net) {
        double a = net.mechanism().flowAlpha();
        long w = net.block() - startBlock;
        if (!(a > 0) || w <= 0) {
            return;
        }
        double d = Math.pow(1 - a, w);
        for (int n : net.netuids()) {
            double u0 = n < user.length ? user[n] : 0;
            double p0 = n < protocol.length ? protocol[n] : 0;
            net.warmFlowEmas(n, (net.flowEma(n) - d * u0) / (1 - d), (net.protocolFlowEma(n) - d * p0) / (1 - d));
        }
    }
}
