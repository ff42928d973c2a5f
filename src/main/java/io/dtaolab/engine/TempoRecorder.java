package io.dtaolab.engine;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;

/** Accumulates a world's per-block emission over a tempo and appends one {@link Series} row per tempo. */
final class TempoRecorder {
    private final Network net;
    private final Series series;
    private final double[] emitted;
    private final double[] shareSum;
    private int blocksInTempo;

    TempoRecorder(World world) {
        this.net = world.network();
        this.series = new Series(world.label(), net.capacity());
        this.emitted = new double[net.capacity()];
        this.shareSum = new double[net.capacity()];
    }

    private TempoRecorder(TempoRecorder from, World world) {
        this.net = world.network();
        this.series = from.series.copyAs(world.label());
        this.emitted = from.emitted.clone();
        this.shareSum = from.shareSum.clone();
        this.blocksInTempo = from.blocksInTempo;
    }

    /** A recorder for a fork of this recorder's world: the rows and the open tempo so far, then its own. */
    TempoRecorder forkFor(World fork) {
        return new TempoRecorder(this, fork);
    }

    void afterBlock() {
        for (int n = 1; n < emitted.length; n++) {
            if (net.exists(n)) {
                emitted[n] += Rao.toTao(net.lastTaoEmission(n));
                shareSum[n] += net.emissionShare(n);
            }
        }
        blocksInTempo++;
    }

    /** Closes the tempo: appends the row and resets the accumulators. */
    void closeTempo() {
        int w = emitted.length;
        double[] share = new double[w];
        double[] spot = new double[w];
        double[] ema = new double[w];
        double[] flow = new double[w];
        double[] tao = new double[w];
        double[] alpha = new double[w];
        for (int n = 1; n < w; n++) {
            if (!net.exists(n)) {
                continue;
            }
            share[n] = blocksInTempo == 0 ? 0 : shareSum[n] / blocksInTempo;
            spot[n] = net.spotPrice(n);
            ema[n] = net.emaPrice(n);
            flow[n] = net.flowEma(n);
            tao[n] = Rao.toTao(net.taoReserve(n));
            alpha[n] = Rao.toTao(net.alphaReserve(n));
        }
        series.add(net.block(), share, emitted.clone(), spot, ema, flow, tao, alpha);
        java.util.Arrays.fill(emitted, 0);
        java.util.Arrays.fill(shareSum, 0);
        blocksInTempo = 0;
    }

    boolean hasOpenTempo() {
        return blocksInTempo > 0;
    }

    Series series() {
        return series;
    }
}
