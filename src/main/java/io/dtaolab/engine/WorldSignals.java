package io.dtaolab.engine;

import io.dtaolab.agents.Signals;
import io.dtaolab.chain.Network;
import io.dtaolab.agents.Rng;

/**
 * Hidden subnet quality (a mean-reverting log process stepped once per tempo from its own seeded stream, so
 * the attack world and the twin see the same path), miner quality, hype, and a ring of sampled spot prices.
 */
final class WorldSignals implements Signals {
    static final int PRICE_SAMPLE_BLOCKS = 60;
    private static final int PRICE_SAMPLES = 7 * 7200 / PRICE_SAMPLE_BLOCKS;

    private final Network net;
    private final double[] logQuality;
    private final double[] logQualityMean;
    private final double[][] minerQuality;
    private final double[] ownerWeightShare;
    private final double[] hype;
    private final long[] hypeUntil;
    /** Sampled spot prices, one row per sample (ring of {@code PRICE_SAMPLES}) indexed by netuid: a scan over subnets at
     * one lag (premium checks, the momentum scan) reads one contiguous row instead of a cache line per subnet. */
    private final double[][] prices;
    private final int priceWidth;
    private int sampleCursor;
    private int samples;
    private final Rng qualityRng;
    private final double volatility;
    private final double meanReversion;

    WorldSignals(Network net, RngStreams streams, double volatility, double meanReversion, int miners) {
        this.net = net;
        int cap = net.capacity();
        this.logQuality = new double[cap];
        this.logQualityMean = new double[cap];
        this.minerQuality = new double[cap][];
        this.ownerWeightShare = new double[cap];
        this.hype = new double[cap];
        this.hypeUntil = new long[cap];
        this.prices = new double[PRICE_SAMPLES][cap];
        this.priceWidth = cap;
        this.qualityRng = streams.stream("subnet-quality");
        this.volatility = volatility;
        this.meanReversion = meanReversion;
        Rng minerRng = streams.stream("miner-quality");
        for (int n : net.netuids()) {
            // fair value anchored on the opening EMA price: the market starts roughly right
            double anchor = Math.max(net.emaPrice(n), 1e-6);
            logQualityMean[n] = Math.log(anchor);
            logQuality[n] = logQualityMean[n];
            hype[n] = 1;
            ownerWeightShare[n] = genesisOwnerShare(net.neurons(n));
            int size = net.neurons(n) == null ? miners : net.neurons(n).size();
            minerQuality[n] = new double[size];
            for (int u = 0; u < size; u++) {
                minerQuality[n][u] = minerRng.nextDouble();
            }
        }
        java.util.Arrays.fill(hype, 1);
        samplePrices();
    }

    /** The owner hotkey's share in the first validator's genesis row: the subnet's miner burn at the start. */
    private static double genesisOwnerShare(io.dtaolab.chain.Neurons ns) {
        if (ns == null) {
            return 0;
        }
        for (int uid = 1; uid < ns.size(); uid++) {
            if (ns.isValidator(uid)) {
                return ns.weightsOf(uid)[0];
            }
        }
        return 0;
    }

    /** Steps the quality process; called once per tempo. */
    void stepQuality() {
        for (int i = 0, count = net.netuidCount(); i < count; i++) {
            int n = net.netuidAt(i);
            double shock = qualityRng.nextGaussian() * volatility;
            logQuality[n] += meanReversion * 360 * (logQualityMean[n] - logQuality[n]) + shock;
        }
    }

    void samplePrices() {
        double[] row = prices[sampleCursor];
        for (int i = 0, count = net.netuidCount(); i < count; i++) {
            int n = net.netuidAt(i);
            row[n] = net.spotPrice(n);
        }
        sampleCursor = (sampleCursor + 1) % PRICE_SAMPLES;
        samples = Math.min(samples + 1, PRICE_SAMPLES);
    }

    @Override
    public double quality(int netuid) {
        return netuid > 0 && netuid < logQuality.length ? Math.exp(logQuality[netuid]) : 0;
    }

    @Override
    public double minerQuality(int netuid, int uid) {
        double[] q = netuid > 0 && netuid < minerQuality.length ? minerQuality[netuid] : null;
        return q == null || uid < 0 || uid >= q.length ? 0 : q[uid];
    }

    @Override
    public double ownerWeightShare(int netuid) {
        return netuid > 0 && netuid < ownerWeightShare.length ? ownerWeightShare[netuid] : 0;
    }

    @Override
    public double hype(int netuid) {
        if (netuid <= 0 || netuid >= hype.length) {
            return 1;
        }
        return net.block() <= hypeUntil[netuid] ? hype[netuid] : 1;
    }

    @Override
    public void hype(int netuid, double multiplier, long untilBlock) {
        if (netuid > 0 && netuid < hype.length && multiplier > 0 && Double.isFinite(multiplier)) {
            hype[netuid] = multiplier;
            hypeUntil[netuid] = untilBlock;
        }
    }

    /** This block's answers to {@link #topRiser}, one per distinct (lookback, threshold) asked (a population asks one). */
    private long riserBlock = -1;
    private int riserCount;
    private int[] riserLookback = new int[2];
    private double[] riserThreshold = new double[2];
    private int[] riserAnswer = new int[2];

    @Override
    public int topRiser(io.dtaolab.agents.MarketView view, int lookbackBlocks, double threshold) {
        if (riserBlock != net.block()) {
            riserBlock = net.block();
            riserCount = 0;
        }
        for (int i = 0; i < riserCount; i++) {
            // the same key as a record of (int, double) compares: the threshold by its bits
            if (riserLookback[i] == lookbackBlocks
                    && Double.doubleToLongBits(riserThreshold[i]) == Double.doubleToLongBits(threshold)) {
                return riserAnswer[i];
            }
        }
        int answer = Signals.super.topRiser(view, lookbackBlocks, threshold);
        if (riserCount == riserLookback.length) {
            riserLookback = java.util.Arrays.copyOf(riserLookback, 2 * riserCount);
            riserThreshold = java.util.Arrays.copyOf(riserThreshold, 2 * riserCount);
            riserAnswer = java.util.Arrays.copyOf(riserAnswer, 2 * riserCount);
        }
        riserLookback[riserCount] = lookbackBlocks;
        riserThreshold[riserCount] = threshold;
        riserAnswer[riserCount++] = answer;
        return answer;
    }

    @Override
    public double priceAgo(int netuid, int blocksAgo) {
        if (netuid <= 0 || netuid >= priceWidth || samples == 0) {
            return 0;
        }
        int back = Math.min(samples - 1, Math.max(0, blocksAgo / PRICE_SAMPLE_BLOCKS));
        int idx = sampleCursor - 1 - back; // in [-PRICE_SAMPLES, PRICE_SAMPLES - 2]: one wrap at most
        // without a branch: an `if (idx < 0)` is never taken until the ring first wraps (a week in), and taking it
        // then deoptimised every agent method that inlines this read at once
        idx += (idx >> 31) & PRICE_SAMPLES;
        return prices[idx][netuid];
    }
}
