package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.ChainBuyAlpha;
import io.dtaolab.chain.Mechanism.InjectionCap;
import io.dtaolab.chain.Mechanism.RootDividends;
import io.dtaolab.chain.pool.BalancerMath;
import io.dtaolab.chain.pool.BuyQuotes;
import io.dtaolab.chain.pool.SwapScratch;
import java.util.Arrays;

/**
 * The per-block coinbase in the chain's order (dtao-mechanics.md §2.1, §2.3–2.7): flow EMAs, shares, root-sell
 * flag; the terms of every subnet (price, tao_in, alpha_in, excess) from the state before any injection; then per
 * subnet the injection with the era's cap and chain buy; then the alpha_out mint and its split into pending pots,
 * with the root proportion taken after the injection as {@code emit_to_subnets} does; due epochs; the price EMA.
 * <p>
 * Rounding is the chain's: terms are U96F32 (32 fractional bits) and each stored amount is floored on its own, so
 * floor(tao_in) + floor(excess) may leave a RAO of the block's credit unspent (never minted: the chain recycles
 * it), and the split of alpha_out leaves up to 3 RAO in SubnetAlphaOut that nobody owns ({@code alphaDust}).
 * Allocation-free on the hot path.
 */
final class Coinbase {
    private static final double FX = 0x1p32;
    /** 2^-32: scaling by it is exact, like dividing by FX, and a multiplication is cheaper than a division. */
    private static final double UNIT = 0x1p-32;
    private final Network net;
    private final Subnets s;
    private final Mechanism m;
    private final boolean[] eligible;
    private final double[] rootProp;
    private final double[] voteShares;
    private final EmissionShares.Inputs inputs;
    private final long movingAlphaBits;
    /** This block's EMA α by netuid (a first pass, so the α of all subnets is computed in short loops). */
    private final long[] emaAlpha;
    private final EmaAlphas emaAlphas;
    /** Before 2025-11-10 a subnet closed to registration stayed in the emission set with its terms zeroed. */
    private final boolean keepsClosedSubnets;
    private final long ownerCutFx;
    // the era's rules that the per-subnet loops test, read once (a record accessor is a load per subnet)
    private final boolean sellRootEveryBlock;
    private final boolean protocolKeepsBoughtAlpha;
    private final double flowAlpha;
    // this block's inputs to the terms, computed in a short loop of their own: the divisions of different subnets
    // are independent, so the processor overlaps them (one long loop body would serialise them)
    private final double[] blockTao;
    private final double[] termPrice;
    private final double[] taoOverPrice;
    private final SubnetColumns columns;
    /** By netuid: spot prices and root proportions as of the pass that computed them last, and scratch. */
    private final double[] spot;
    private final double[] rootPropNow;
    private final double[] scratch;
    /** By netuid, under the root-proportion cap: this block's capped alpha_in and the TAO it takes at the price. */
    private final double[] rootCapAlpha;
    private final double[] rootCapTao;
    // this block's terms, by netuid
    private final long[] alphaEmission;
    private final long[] taoIn;
    private final long[] alphaIn;
    private final long[] excess;
    private final boolean[] subsidised;
    // this block's injection, priced for every subnet before any is applied (the chain buys of different subnets
    // are independent): short loops of their own, and no Fill per buy
    private static final long WEIGHT_KEPT = -2;
    /** The quote weight re-solved for the injection; -1: the pool refuses it; WEIGHT_KEPT: not re-solved. */
    private final long[] injectionWeight;
    private final boolean[] bought;
    private final long[] buyIn;
    private final long[] buyFee;
    private final long[] buyOut;
    private final SwapScratch buy = new SwapScratch();
    private final BuyQuotes quotes = new BuyQuotes();
    /** By netuid: the lane of its chain buy in {@link #quotes} this block. */
    private final int[] quoteLane;
    /** By netuid, on Balancer pools: whether it buys this block, and the quote weight it buys with. */
    private final boolean[] chainBuys;
    private final long[] buyWeights;
    /** By netuid: the injection's re-solved quote weight of every subnet, and the scratch of its computation. */
    private final long[] solvedWeight;
    private final double[] weightQ2;
    private final double[] weightSum;
    private long blockEmission;
    /** Whether a reserve moved since the term inputs' spot prices converted the reserves to doubles. */
    private boolean reservesMoved;
    /** Σ of the eligible subnets' EMA prices this block (above 1: root alpha is sold). */
    private double emaSum;

    Coinbase(Network net) {
        this.net = net;
        this.s = net.subnets;
        this.m = net.mech;
        int cap = s.capacity;
        this.eligible = new boolean[cap];
        this.rootProp = new double[cap];
        this.voteShares = new double[cap];
        this.inputs = new EmissionShares.Inputs(eligible, s.ema, s.minerBurned, s.emissionEnabled, s.flowEma,
                s.protocolFlowEma, rootProp, voteShares);
        this.movingAlphaBits = MovingPrice.movingAlphaBits(m.movingAlpha());
        this.emaAlpha = new long[cap];
        this.emaAlphas = new EmaAlphas(cap);
        quotes.reserve(cap);
        this.keepsClosedSubnets = m.injectionCap() == InjectionCap.LAUNCH || m.injectionCap() == InjectionCap.SUBSIDY;
        this.ownerCutFx = (long) Math.floor(m.ownerCut() * FX);
        this.sellRootEveryBlock = m.rootDividends() == RootDividends.SELL_EVERY_BLOCK;
        this.protocolKeepsBoughtAlpha = m.chainBuyAlpha() == ChainBuyAlpha.PROTOCOL;
        this.flowAlpha = m.flowAlpha();
        this.blockTao = new double[cap];
        this.termPrice = new double[cap];
        this.taoOverPrice = new double[cap];
        this.columns = new SubnetColumns(s, m);
        this.spot = new double[cap];
        this.rootPropNow = new double[cap];
        this.scratch = new double[cap];
        this.rootCapAlpha = new double[cap];
        this.rootCapTao = new double[cap];
        this.alphaEmission = new long[cap];
        this.taoIn = new long[cap];
        this.alphaIn = new long[cap];
        this.excess = new long[cap];
        this.subsidised = new boolean[cap];
        this.injectionWeight = new long[cap];
        this.bought = new boolean[cap];
        this.buyIn = new long[cap];
        this.buyFee = new long[cap];
        this.buyOut = new long[cap];
        this.quoteLane = new int[cap];
        this.chainBuys = new boolean[cap];
        this.buyWeights = new long[cap];
        this.solvedWeight = new long[cap];
        this.weightQ2 = new double[cap];
        this.weightSum = new double[cap];
    }

    void run() {
        run(BlockEmission.forIssuance(net.ledger.issuance()));
    }

    // Each pass over the subnets is a method of its own: the JIT compiles a hot loop on its own (on-stack
    // replacement) before the method around it, and a pass inside run() made it compile the whole coinbase again
    // for each loop. The passes are called through one call site that sees them all, which the JIT does not inline:
    // inlined, each pass was compiled twice more, into run() and into Network.beginBlock().
    void run(long emission) {
        blockEmission = emission;
        for (Pass pass : PASSES) {
            pass.run(this);
        }
    }

    /** A pass of the coinbase. Stateless (a world's deep copy keeps lambdas as they are, see DeepCopy). */
    private interface Pass {
        void run(Coinbase c);
    }

    private static final Pass[] PASSES = {
        c -> c.emaSum = c.flowsAndEligibility(c.net.block),
        Coinbase::shares,
        c -> c.termInputs(c.blockEmission),
        c -> c.allTerms(c.blockEmission),
        Coinbase::injectAll,
        c -> c.splitAll(c.emaSum > 1),
        Coinbase::dueEpochs,
        c -> c.emaAlphas(c.net.block),
        Coinbase::movingPrices,
    };

    private void shares() {
        if (m.shareRule() == Mechanism.ShareRule.ROOT_VOTE || m.shareRule() == Mechanism.ShareRule.HOLDER_VOTE) {
            net.votes.shares(net, voteShares);
        }
        EmissionShares.compute(m, s.capacity, inputs, s.share);
    }

    /** Eligibility, flow EMAs and the root proportion of every subnet; Σ of the eligible subnets' EMA prices. */
    private double flowsAndEligibility(long block) {
        int cap = s.capacity;
        double emaSum = 0;
        columns.rootProportions(rootPropNow);
        for (int n = 1; n < cap; n++) {
            boolean e = s.exists[n] && s.firstEmissionBlock[n] > 0 && s.firstEmissionBlock[n] <= block
                    && (s.registrationAllowed[n] || keepsClosedSubnets);
            eligible[n] = e;
            updateFlowEmas(n);
            if (e) {
                rootProp[n] = rootPropNow[n];
                emaSum += s.stable[n] ? 1.0 : s.ema[n];
            }
        }
        return emaSum;
    }

    private void termInputs(long emission) {
        columns.spots(spot);
        reservesMoved = false;
        columns.termInputs(emission, spot, blockTao, termPrice, taoOverPrice, scratch);
    }

    private void allTerms(long emission) {
        int cap = s.capacity;
        Arrays.fill(s.lastTaoEmission, 1, cap, 0);
        Arrays.fill(s.lastTaoIn, 1, cap, 0);
        Arrays.fill(s.lastAlphaIn, 1, cap, 0);
        Arrays.fill(s.lastChainBuyTao, 1, cap, 0);
        Arrays.fill(s.lastAlphaOut, 1, cap, 0);
        for (int n = 1; n < cap; n++) {
            if (!eligible[n]) {
                s.share[n] = 0;
                continue;
            }
            alphaEmission[n] = s.alphaEmission(n);
        }
        if (m.injectionCap() == InjectionCap.ROOT_PROPORTION) {
            columns.rootCaps(rootProp, alphaEmission, termPrice, rootCapAlpha, rootCapTao, scratch);
        }
        InjectionCap rule = m.injectionCap();
        if (rule == InjectionCap.LAUNCH || rule == InjectionCap.SUBSIDY) {
            for (int n = 1; n < cap; n++) {
                if (eligible[n]) {
                    terms(n, emission);
                }
            }
            return;
        }
        // the rule's tests are loop-invariant booleans (an enum switch reads its table every iteration)
        boolean rootCap = rule == InjectionCap.ROOT_PROPORTION;
        boolean minTaoEmission = rule == InjectionCap.MIN_TAO_EMISSION;
        for (int n = 1; n < cap; n++) {
            if (eligible[n]) {
                cappedTerms(n, rootCap, minTaoEmission, emission);
            }
        }
    }

    private void injectAll() {
        injectionWeights();
        chainBuyPrices();
        int cap = s.capacity;
        // the minted TAO summed in a local: a field updated every iteration chains the iterations through memory
        long minted = 0;
        for (int n = 1; n < cap; n++) {
            if (eligible[n]) {
                minted += inject(n);
            }
        }
        net.ledger.minted += minted;
    }

    /** The quote weight of every subnet after its injection (the chain re-solves it on the pre-buy reserves). */
    private void injectionWeights() {
        int cap = s.capacity;
        boolean balancer = m.poolModel() == Mechanism.PoolModel.BALANCER;
        if (balancer) {
            // every subnet's, in loops over all of them (the JIT vectorises the divisions); the eligible ones are used
            if (reservesMoved) {
                columns.convertReserves();
            }
            BalancerMath.quoteWeightsAfterInjectionFast(1, cap, s.quoteWeight, columns.taoAsDouble(),
                    columns.alphaAsDouble(), taoIn, alphaIn, weightQ2, weightSum, solvedWeight);
        }
        for (int n = 1; n < cap; n++) {
            if (!eligible[n]) {
                continue;
            }
            long tao = taoIn[n];
            long alpha = alphaIn[n];
            injectionWeight[n] = (tao > 0 || alpha > 0) && !s.stable[n] && balancer ? solvedWeight[n] : WEIGHT_KEPT;
        }
    }

    /**
     * Every subnet's chain buy of its excess TAO, priced on the pre-injection reserves with the re-solved weight.
     * On Balancer pools the outputs of all buys are quoted first, together ({@link BuyQuotes}).
     */
    private void chainBuyPrices() {
        int cap = s.capacity;
        boolean quoted = m.poolModel() == Mechanism.PoolModel.BALANCER;
        if (quoted) {
            quotes.clear();
            if (reservesMoved) {
                columns.convertReserves();
            }
            for (int n = 1; n < cap; n++) {
                chainBuys[n] = eligible[n] && excess[n] > 0 && !s.stable[n];
                buyWeights[n] = buyWeight(n);
            }
            quotes.addAll(1, cap, chainBuys, s.taoReserve, s.alphaIn, columns.taoAsDouble(), columns.alphaAsDouble(),
                    buyWeights, excess, quoteLane);
            quotes.quote();
            quotes.decideFills(m.feeRateU16(), m.minimumReserveRao(), PoolOps.MAX_PRICE_RAO);
        }
        for (int n = 1; n < cap; n++) {
            bought[n] = eligible[n] && excess[n] > 0 && !s.stable[n] && priceChainBuy(n, excess[n], quoted);
        }
    }

    /** The quote weight the chain buy of subnet n is priced with: the re-solved one, else the stored one. */
    private long buyWeight(int n) {
        long w = injectionWeight[n];
        return w >= 0 ? w : s.quoteWeight[n];
    }

    private boolean priceChainBuy(int n, long tao, boolean quoted) {
        // the lane holds this buy's reserves, weight and amount, so its decision is feeLessBuyFills(n, ...)'s
        if (quoted && quotes.fills(quoteLane[n])) {
            buyIn[n] = tao;
            buyFee[n] = 0;
            buyOut[n] = quotes.out(quoteLane[n]);
            return true;
        }
        try {
            if (quoted) {
                net.pools.feeLessBuyQuotedInto(n, buyWeight(n), tao, quotes.out(quoteLane[n]), buy);
            } else {
                net.pools.feeLessBuyInto(n, buyWeight(n), tao, buy);
            }
        } catch (ChainException refused) {
            return false; // the minted TAO is recycled, i.e. never enters the model
        }
        buyIn[n] = buy.amountInNet();
        buyFee[n] = buy.fee();
        buyOut[n] = buy.amountOut();
        return true;
    }

    private void splitAll(boolean rootSell) {
        int cap = s.capacity;
        // alpha_out is minted before the split reads the root proportion (it counts in the issuance)
        for (int n = 1; n < cap; n++) {
            if (eligible[n]) {
                s.alphaOut[n] += alphaEmission[n];
                s.lastAlphaOut[n] = alphaEmission[n];
            }
        }
        columns.rootProportions(rootPropNow);
        for (int n = 1; n < cap; n++) {
            if (eligible[n]) {
                splitAlphaOut(n, alphaEmission[n], rootSell);
            }
        }
    }

    private void dueEpochs() {
        net.epochs.runDue();
    }

    /** The price EMA's α of every emitting subnet, in passes of its own (the α of different subnets are independent). */
    private void emaAlphas(long block) {
        emaAlphas.compute(m, movingAlphaBits, block, s.capacity, eligible, s.stable, s.firstEmissionBlock, emaAlpha);
    }

    /** update_moving_price of every emitting subnet with this block's α. */
    private void movingPrices() {
        int cap = s.capacity;
        Mechanism.EmaArithmetic arithmetic = m.emaArithmetic();
        boolean spotCap = m.emaSpotCap();
        columns.spots(spot);
        for (int n = 1; n < cap; n++) {
            if (!eligible[n]) {
                continue;
            }
            if (s.stable[n]) {
                s.setMovingPrice(n, MovingPrice.ONE);
                continue;
            }
            s.setMovingPrice(n, MovingPrice.next(arithmetic, s.movingPrice[n], spot[n], emaAlpha[n], spotCap));
        }
    }

    private void updateFlowEmas(int n) {
        double a = flowAlpha;
        s.flowEma[n] = (1 - a) * s.flowEma[n] + a * s.taoFlow[n];
        s.protocolFlowEma[n] = (1 - a) * s.protocolFlowEma[n] + a * s.protocolFlow[n];
        s.taoFlow[n] = 0;
        s.protocolFlow[n] = 0;
    }

    /**
     * get_subnet_terms under a cap on alpha_in (every rule but launch and subsidy): tao_in, alpha_in and excess of
     * one subnet from the state before any injection.
     */
    private void cappedTerms(int n, boolean rootCap, boolean minTaoEmission, long emission) {
        double t = startTerms(n);
        double price = termPrice[n];
        long alphaE = alphaEmission[n];
        double tin = t;
        double ain = price == 0 ? 0 : taoOverPrice[n];
        double capAlpha = rootCap ? rootCapAlpha[n] : minTaoEmission ? Math.min(alphaE, emission) : alphaE;
        if (ain > capAlpha) {
            ain = capAlpha;
            tin = rootCap ? rootCapTao[n] : trunc(ain * price);
        }
        taoIn[n] = s.registrationAllowed[n] ? (long) tin : 0; // "only emit TAO if the subnetwork allows registration"
        alphaIn[n] = ain >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) ain;
        excess[n] = (long) (t - tin);
    }

    /** The block's TAO of subnet n, recorded as its last TAO emission; not subsidised until the subsidy rule says so. */
    private double startTerms(int n) {
        double t = blockTao[n];
        s.lastTaoEmission[n] = (long) t;
        subsidised[n] = false;
        return t;
    }

    /** get_subnet_terms of the launch and subsidy rules (see {@link #cappedTerms} for the others). */
    private void terms(int n, long emission) {
        double t = startTerms(n);
        double price = termPrice[n];
        long alphaE = alphaEmission[n];
        double tin = t;
        double ain;
        switch (m.injectionCap()) {
            case LAUNCH -> ain = price == 0 ? alphaE : Math.min(taoOverPrice[n], alphaE);
            case SUBSIDY -> {
                if (price < trunc(t / emission)) {
                    // the subsidised subnet: the difference is swapped for alpha before the injection
                    tin = trunc(price * emission);
                    ain = emission;
                    subsidised[n] = true;
                    subsidySwap(n, (long) (t - tin));
                } else {
                    ain = price == 0 ? alphaE : taoOverPrice[n];
                }
            }
            default -> throw new IllegalStateException("capped rule " + m.injectionCap());
        }
        taoIn[n] = (long) tin;
        alphaIn[n] = ain >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) ain;
        excess[n] = 0; // no chain buy under these rules
        if (!s.registrationAllowed[n]) {
            // "only emit TAO if the subnetwork allows registration": launch zeroes tao_in; the subsidy era zeroes
            // all three terms (after its swap has run)
            taoIn[n] = 0;
            if (m.injectionCap() == InjectionCap.SUBSIDY) {
                alphaIn[n] = 0;
                alphaEmission[n] = 0;
            }
        }
    }

    /** Truncation to U96F32's 32 fractional bits (non-negative values). */
    static double trunc(double v) {
        return v >= 0x1p52 ? Math.floor(v) : Math.floor(v * FX) * UNIT;
    }

    /** inject_and_maybe_swap: weights re-solved on the pre-buy reserves, chain buy, alpha_in, tao_in; the TAO minted. */
    private long inject(int n) {
        long tao = taoIn[n];
        long alpha = alphaIn[n];
        long w = injectionWeight[n];
        if (w >= 0) {
            s.setQuoteWeight(n, w);
        }
        long minted = 0;
        if (bought[n]) {
            minted = chainBuy(n, buyIn[n], buyFee[n], buyOut[n]);
        }
        if (w != -1 && (tao > 0 || alpha > 0)) {
            s.alphaIn[n] += alpha;
            s.taoReserve[n] += tao;
            minted += tao;
            s.protocolFlow[n] += tao;
            s.lastTaoIn[n] = tao;
            s.lastAlphaIn[n] = alpha;
        }
        return minted;
    }

    /** Applies a chain buy of excess TAO; the alpha is recycled or kept as protocol alpha by era. The TAO minted. */
    private long chainBuy(int n, long in, long fee, long out) {
        s.taoReserve[n] += in;
        s.alphaIn[n] -= out;
        if (protocolKeepsBoughtAlpha) {
            s.alphaOut[n] += out;
            s.protocolAlpha[n] += out;
        }
        s.protocolFlow[n] += in;
        s.lastChainBuyTao[n] = in;
        return in + fee;
    }

    /**
     * v3 subsidy (2025-07-29 … 2025-11-04): T − p·E TAO bought fee-less, the alpha recycled. The chain never added
     * this TAO to TotalIssuance.
     */
    private void subsidySwap(int n, long tao) {
        if (tao <= 0) {
            return;
        }
        Fill f = feeLessBuy(n, tao);
        if (f != null) {
            net.ledger.mintUncounted(f.in() + f.fee());
            s.lastChainBuyTao[n] = f.in();
        }
    }

    /** A fee-less protocol buy applied to the reserves; null when refused (or on a stable subnet, which has no pool). */
    private Fill feeLessBuy(int n, long tao) {
        if (s.stable[n]) {
            return null;
        }
        Fill f;
        try {
            f = net.pools.buy(n, tao, PoolOps.MAX_PRICE_RAO, true);
        } catch (ChainException refused) {
            return null;
        }
        s.taoReserve[n] += f.in();
        s.alphaIn[n] -= f.out();
        reservesMoved = true;
        return f;
    }

    /**
     * emit_to_subnets step 3: mint alpha_out, owner cut, root alpha with the root proportion of the state after the
     * injection, server and validator halves. Each term is a U96F32 value floored when added to its pot; what the
     * floors leave stays in SubnetAlphaOut unowned.
     */
    private void splitAlphaOut(int n, long alphaOut, boolean rootSell) {
        long outFx = alphaOut << 32;
        long ownerFx = alphaOut * ownerCutFx;
        long restFx = outFx - ownerFx;
        long rootPropFx = (long) (rootPropNow[n] * FX);
        long rootFx = MovingPrice.mulShift32(rootPropFx, restFx) >> 1;
        long owner = ownerFx >>> 32;
        long root = rootFx >>> 32;
        long server;
        long validator;
        if (sellRootEveryBlock) {
            // launch and v3: one PendingEmission pot (miners + validators), split here at the chain's halves
            long pending = (restFx - rootFx) >>> 32;
            server = Math.min(pending, (restFx >> 1) >>> 32);
            validator = pending - server;
        } else {
            long serverFx = restFx >> 1;
            server = serverFx >>> 32;
            validator = Math.max(0, restFx - serverFx - rootFx) >>> 32;
        }
        s.pendingOwnerCut[n] += owner;
        s.pendingServer[n] += server;
        s.pendingValidator[n] += validator;
        s.alphaDust[n] += alphaOut - owner - server - validator - root;
        if (root == 0) {
            return;
        }
        if (sellRootEveryBlock) {
            if (subsidised[n]) {
                s.alphaDust[n] += root; // v3: not sold on a subsidised subnet, and paid to nobody at the epoch
            } else {
                sellRootAlpha(n, root);
            }
        } else if (rootSell) {
            s.pendingRootAlpha[n] += root;
        } else {
            s.alphaOut[n] -= root; // recycled: Σ EMA prices ≤ 1
        }
    }

    /** Launch and v3: the root share of alpha is sold fee-less into the pool every block, TAO held until the epoch. */
    private void sellRootAlpha(int n, long rootAlpha) {
        Fill f;
        try {
            f = net.pools.sell(n, rootAlpha, PoolOps.MIN_PRICE_RAO, true);
        } catch (ChainException refused) {
            s.alphaOut[n] -= rootAlpha;
            return;
        }
        s.alphaOut[n] -= rootAlpha; // sold into the pool; an unexecuted remainder is recycled
        s.alphaIn[n] += f.in();
        s.taoReserve[n] -= f.out();
        s.pendingRootTao[n] += f.out();
        s.protocolFlow[n] -= f.out();
    }
}
