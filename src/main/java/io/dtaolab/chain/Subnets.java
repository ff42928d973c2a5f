package io.dtaolab.chain;

import java.util.Arrays;

/**
 * Per-subnet chain state as primitive arrays indexed by netuid (0 = root), laid out for the block loop:
 * no objects per subnet on the hot path. Field names follow subtensor's storage items.
 */
final class Subnets {
    int capacity;
    boolean[] exists;
    /** Mechanism 0: stable price 1.0, 1:1 swaps, no fee (root and legacy subnets). */
    boolean[] stable;
    long[] taoReserve;          // SubnetTAO (root: total root stake)
    long[] alphaIn;             // SubnetAlphaIn
    long[] alphaOut;            // SubnetAlphaOut
    long[] quoteWeight;         // Balancer TAO weight, perquintill (set with setQuoteWeight)
    double[] spotFactor;        // (1 − w)/w of that weight as a double: the spot price reads it every block
    long[] movingPrice;         // SubnetMovingPrice, I96F32 bits (see MovingPrice)
    double[] ema;               // the same value as a double (exact), for the share rules
    long[] registeredBlock;
    long[] firstEmissionBlock;  // 0 = start call not made
    boolean[] emissionEnabled;
    boolean[] registrationAllowed;
    long[] taoFlow;             // this block's net user TAO flow
    double[] flowEma;
    long[] protocolFlow;
    double[] protocolFlowEma;
    long[] protocolAlpha;       // SubnetProtocolAlpha
    long[] alphaDust;           // alpha_out flooring remainders: minted into SubnetAlphaOut, owned by nobody
    long[] lpFeeTao;            // v3 era: swap fees held for liquidity providers, outside the reserves
    long[] lpFeeAlpha;          // (the alpha part stays counted in SubnetAlphaOut, as on chain)
    long[] pendingServer;
    long[] pendingValidator;
    long[] pendingRootAlpha;
    long[] pendingOwnerCut;
    long[] pendingRootTao;      // launch era: TAO from per-block root sells, paid at epoch
    double[] minerBurned;
    long[] lastEpochBlock;
    int[] tempo;
    long[] alphaBurned;
    int[] ownerColdkey;
    int[] ownerHotkey;
    long[] volume;
    long[] lockPaid;
    // per-block outputs, for measures
    double[] share;
    long[] lastTaoEmission;
    long[] lastTaoIn;
    long[] lastAlphaIn;
    long[] lastChainBuyTao;
    long[] lastAlphaOut;
    // alpha emission cache: recomputed only when issuance crosses the next halving
    long[] alphaEmission;
    long[] alphaHalvingAt;
    long[] alphaHalvingFrom;
    Neurons[] neurons;
    /**
     * Counts the changes that may move a subnet's next epoch (existence, neurons, tempo, last epoch block) other than
     * the epochs' own: {@link Epochs} keeps its next due block while this stays the same.
     */
    long scheduleChanges;

    Subnets(int capacity) {
        resize(capacity);
    }

    void resize(int newCapacity) {
        scheduleChanged();
        capacity = newCapacity;
        exists = grow(exists, newCapacity);
        stable = grow(stable, newCapacity);
        taoReserve = grow(taoReserve, newCapacity);
        alphaIn = grow(alphaIn, newCapacity);
        alphaOut = grow(alphaOut, newCapacity);
        quoteWeight = grow(quoteWeight, newCapacity);
        int weighted = spotFactor == null ? 0 : spotFactor.length;
        spotFactor = grow(spotFactor, newCapacity);
        Arrays.fill(spotFactor, Math.min(weighted, newCapacity), newCapacity, Double.POSITIVE_INFINITY); // weight 0
        movingPrice = grow(movingPrice, newCapacity);
        ema = grow(ema, newCapacity);
        registeredBlock = grow(registeredBlock, newCapacity);
        firstEmissionBlock = grow(firstEmissionBlock, newCapacity);
        emissionEnabled = grow(emissionEnabled, newCapacity);
        registrationAllowed = grow(registrationAllowed, newCapacity);
        taoFlow = grow(taoFlow, newCapacity);
        flowEma = grow(flowEma, newCapacity);
        protocolFlow = grow(protocolFlow, newCapacity);
        protocolFlowEma = grow(protocolFlowEma, newCapacity);
        protocolAlpha = grow(protocolAlpha, newCapacity);
        alphaDust = grow(alphaDust, newCapacity);
        lpFeeTao = grow(lpFeeTao, newCapacity);
        lpFeeAlpha = grow(lpFeeAlpha, newCapacity);
        pendingServer = grow(pendingServer, newCapacity);
        pendingValidator = grow(pendingValidator, newCapacity);
        pendingRootAlpha = grow(pendingRootAlpha, newCapacity);
        pendingOwnerCut = grow(pendingOwnerCut, newCapacity);
        pendingRootTao = grow(pendingRootTao, newCapacity);
        minerBurned = grow(minerBurned, newCapacity);
        lastEpochBlock = grow(lastEpochBlock, newCapacity);
        tempo = grow(tempo, newCapacity);
        alphaBurned = grow(alphaBurned, newCapacity);
        ownerColdkey = grow(ownerColdkey, newCapacity);
        ownerHotkey = grow(ownerHotkey, newCapacity);
        volume = grow(volume, newCapacity);
        lockPaid = grow(lockPaid, newCapacity);
        share = grow(share, newCapacity);
        lastTaoEmission = grow(lastTaoEmission, newCapacity);
        lastTaoIn = grow(lastTaoIn, newCapacity);
        lastAlphaIn = grow(lastAlphaIn, newCapacity);
        lastChainBuyTao = grow(lastChainBuyTao, newCapacity);
        lastAlphaOut = grow(lastAlphaOut, newCapacity);
        alphaEmission = grow(alphaEmission, newCapacity);
        alphaHalvingAt = grow(alphaHalvingAt, newCapacity);
        alphaHalvingFrom = grow(alphaHalvingFrom, newCapacity);
        neurons = neurons == null ? new Neurons[newCapacity] : Arrays.copyOf(neurons, newCapacity);
    }

    /** Stores the Balancer quote weight (perquintill) and the spot price's factor (1 − w)/w computed from it. */
    void setQuoteWeight(int netuid, long perquintill) {
        quoteWeight[netuid] = perquintill;
        double wq = perquintill / (double) PoolOps.ONE;
        spotFactor[netuid] = (1 - wq) / wq;
    }

    /** Stores SubnetMovingPrice (I96F32 bits) and its double view. */
    void setMovingPrice(int netuid, long bits) {
        movingPrice[netuid] = bits;
        ema[netuid] = MovingPrice.fromBits(bits);
    }

    /** Alpha issuance = SubnetAlphaIn + SubnetAlphaOut. */
    long alphaIssuance(int netuid) {
        return alphaIn[netuid] + alphaOut[netuid];
    }

    /** Block alpha emission for the subnet's issuance, cached between halvings. */
    long alphaEmission(int netuid) {
        long issuance = alphaIssuance(netuid);
        if (alphaHalvingAt[netuid] == 0 || issuance >= alphaHalvingAt[netuid] || issuance < alphaHalvingFrom[netuid]) {
            cacheAlphaEmission(netuid);
        }
        return alphaEmission[netuid];
    }

    /**
     * Fills the cache of {@link #alphaEmission} for the current issuance (the emission is constant between
     * halvings). Called for every subnet before a world's first block too, so that block finds the cache filled.
     */
    void cacheAlphaEmission(int netuid) {
        long issuance = alphaIssuance(netuid);
        alphaEmission[netuid] = BlockEmission.forIssuance(issuance);
        alphaHalvingAt[netuid] = BlockEmission.nextHalvingIssuance(issuance);
        alphaHalvingFrom[netuid] = BlockEmission.currentHalvingIssuance(issuance);
    }

    /** A subnet's existence, neurons, tempo or last epoch block changed (not by its epoch). */
    void scheduleChanged() {
        scheduleChanges++;
    }

    /** Clears every field of a netuid (dissolution or fresh registration). */
    void clear(int n) {
        scheduleChanged();
        exists[n] = false;
        stable[n] = false;
        taoReserve[n] = 0;
        alphaIn[n] = 0;
        alphaOut[n] = 0;
        setQuoteWeight(n, 0);
        setMovingPrice(n, 0);
        registeredBlock[n] = 0;
        firstEmissionBlock[n] = 0;
        emissionEnabled[n] = false;
        registrationAllowed[n] = false;
        taoFlow[n] = 0;
        flowEma[n] = 0;
        protocolFlow[n] = 0;
        protocolFlowEma[n] = 0;
        protocolAlpha[n] = 0;
        alphaDust[n] = 0;
        lpFeeTao[n] = 0;
        lpFeeAlpha[n] = 0;
        pendingServer[n] = 0;
        pendingValidator[n] = 0;
        pendingRootAlpha[n] = 0;
        pendingOwnerCut[n] = 0;
        pendingRootTao[n] = 0;
        minerBurned[n] = 0;
        lastEpochBlock[n] = 0;
        tempo[n] = 0;
        alphaBurned[n] = 0;
        ownerColdkey[n] = -1;
        ownerHotkey[n] = -1;
        volume[n] = 0;
        lockPaid[n] = 0;
        share[n] = 0;
        lastTaoEmission[n] = 0;
        lastTaoIn[n] = 0;
        lastAlphaIn[n] = 0;
        lastChainBuyTao[n] = 0;
        lastAlphaOut[n] = 0;
        alphaEmission[n] = 0;
        alphaHalvingAt[n] = 0;
        alphaHalvingFrom[n] = 0;
        neurons[n] = null;
    }

    private static long[] grow(long[] a, int n) {
        return a == null ? new long[n] : Arrays.copyOf(a, n);
    }

    private static int[] grow(int[] a, int n) {
        return a == null ? new int[n] : Arrays.copyOf(a, n);
    }

    private static double[] grow(double[] a, int n) {
        return a == null ? new double[n] : Arrays.copyOf(a, n);
    }

    private static boolean[] grow(boolean[] a, int n) {
        return a == null ? new boolean[n] : Arrays.copyOf(a, n);
    }
}
