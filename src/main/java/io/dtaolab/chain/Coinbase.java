package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.ChainBuyAlpha;
import io.dtaolab.chain.Mechanism.InjectionCap;
import io.dtaolab.chain.Mechanism.RootDividends;

/**
 * The per-block coinbase in the chain's order (dtao-mechanics.md §2.1, §2.3–2.7): flow EMAs, shares, root-sell
 * flag, injection with the era's cap and chain buys, alpha_out split into pending pots, due epochs, then the
 * price EMA of emitting subnets. Allocation-free on the hot path.
 */
final class Coinbase {
    private final Network net;
    private final Subnets s;
    private final Mechanism m;
    private final boolean[] eligible;
    private final double[] rootProp;
    private final double[] voteShares;
    private final EmissionShares.Inputs inputs;

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
    }

    void run() {
        run(BlockEmission.forIssuance(net.ledger.issuance()));
    }

    void run(long emission) {
        long block = net.block;
        int cap = s.capacity;
        double tw = m.taoWeight();
        double rootTao = s.taoReserve[0];
        double emaSum = 0;
        for (int n = 1; n < cap; n++) {
            boolean e = s.exists[n] && s.firstEmissionBlock[n] > 0 && s.firstEmissionBlock[n] <= block
                    && s.registrationAllowed[n];
            eligible[n] = e;
            updateFlowEmas(n);
            if (e) {
                double a = s.alphaIssuance(n);
                rootProp[n] = tw * rootTao + a == 0 ? 0 : tw * rootTao / (tw * rootTao + a);
                emaSum += s.stable[n] ? 1.0 : s.ema[n];
            }
        }
        if (m.shareRule() == Mechanism.ShareRule.ROOT_VOTE || m.shareRule() == Mechanism.ShareRule.HOLDER_VOTE) {
            net.votes.shares(net, voteShares);
        }
        EmissionShares.compute(m, cap, inputs, s.share);
        boolean rootSell = emaSum > 1;
        for (int n = 1; n < cap; n++) {
            s.lastTaoEmission[n] = 0;
            s.lastTaoIn[n] = 0;
            s.lastAlphaIn[n] = 0;
            s.lastChainBuyTao[n] = 0;
            s.lastAlphaOut[n] = 0;
            if (!eligible[n]) {
                s.share[n] = 0;
                continue;
            }
            emit(n, emission, rootSell);
        }
        for (int n = 1; n < cap; n++) {
            if (s.exists[n] && s.neurons[n] != null) {
                net.epochs.runIfDue(n);
            }
        }
        for (int n = 1; n < cap; n++) {
            if (eligible[n]) {
                long b = block - (s.firstEmissionBlock[n] - 1);
                double alphaEff = MovingPrice.effectiveAlpha(m.movingAlpha(), m.emaHalvingBlocks(), b, m.emaYoungRamp());
                s.ema[n] = s.stable[n] ? 1.0 : MovingPrice.update(s.ema[n], net.pools.spot(n), alphaEff, m.emaSpotCap());
            }
        }
    }

    private void updateFlowEmas(int n) {
        double a = m.flowAlpha();
        s.flowEma[n] = (1 - a) * s.flowEma[n] + a * s.taoFlow[n];
        s.protocolFlowEma[n] = (1 - a) * s.protocolFlowEma[n] + a * s.protocolFlow[n];
        s.taoFlow[n] = 0;
        s.protocolFlow[n] = 0;
    }

    private void emit(int n, long emission, boolean rootSell) {
        long taoEmission = (long) Math.floor(emission * s.share[n]);
        if (taoEmission > emission) {
            taoEmission = emission;
        }
        double price = net.pools.spot(n);
        long alphaEmission = s.alphaEmission(n);
        s.lastTaoEmission[n] = taoEmission;

        long taoIn;
        long alphaIn;
        long excess = 0;
        if (m.injectionCap() == InjectionCap.LAUNCH) {
            taoIn = taoEmission;
            alphaIn = price == 0 ? alphaEmission : Math.min(floorDiv(taoEmission, price), alphaEmission);
        } else {
            alphaIn = price == 0 ? 0 : floorDiv(taoEmission, price);
            long cap = switch (m.injectionCap()) {
                case ALPHA_EMISSION -> alphaEmission;
                case MIN_TAO_EMISSION -> Math.min(alphaEmission, emission);
                case ROOT_PROPORTION -> (long) Math.floor(rootProp[n] * alphaEmission);
                default -> alphaEmission;
            };
            if (alphaIn > cap) {
                alphaIn = cap;
                taoIn = Math.min(taoEmission, (long) Math.floor(alphaIn * price));
            } else {
                taoIn = taoEmission;
            }
            excess = taoEmission - taoIn;
        }
        if (excess > 0) {
            chainBuy(n, excess);
        }
        if ((taoIn > 0 || alphaIn > 0) && inject(n, taoIn, alphaIn)) {
            s.lastTaoIn[n] = taoIn;
            s.lastAlphaIn[n] = alphaIn;
        }
        splitAlphaOut(n, alphaEmission, rootSell);
    }

    private static long floorDiv(long tao, double price) {
        double v = Math.floor(tao / price);
        return v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) v;
    }

    /** Spends excess TAO on a fee-less buy; the alpha is recycled or kept as protocol alpha by era. */
    private void chainBuy(int n, long tao) {
        if (s.stable[n]) {
            return; // a stable (mechanism 0) subnet has no alpha reserve to buy from; the excess is not minted
        }
        Fill f;
        try {
            f = net.pools.buy(n, tao, PoolOps.MAX_PRICE_RAO, true);
        } catch (ChainException refused) {
            return; // the minted TAO is recycled, i.e. never enters the model
        }
        long spent = f.in() + f.fee();
        net.ledger.minted += spent;
        s.taoReserve[n] += f.in();
        s.alphaIn[n] -= f.out();
        if (m.chainBuyAlpha() == ChainBuyAlpha.PROTOCOL) {
            s.alphaOut[n] += f.out();
            s.protocolAlpha[n] += f.out();
        }
        s.protocolFlow[n] += f.in();
        s.lastChainBuyTao[n] = f.in();
    }

    private boolean inject(int n, long tao, long alpha) {
        if (!s.stable[n] && m.poolModel() == Mechanism.PoolModel.BALANCER) {
            long w = net.pools.quoteWeightAfterInjection(n, tao, alpha);
            if (w < 0) {
                return false;
            }
            s.quoteWeight[n] = w;
        }
        s.alphaIn[n] += alpha;
        s.taoReserve[n] += tao;
        net.ledger.minted += tao;
        s.protocolFlow[n] += tao;
        return true;
    }

    private void splitAlphaOut(int n, long alphaOut, boolean rootSell) {
        s.alphaOut[n] += alphaOut;
        s.lastAlphaOut[n] = alphaOut;
        long ownerCut = (long) Math.floor(alphaOut * m.ownerCut());
        long rest = alphaOut - ownerCut;
        long rootAlpha = (long) Math.floor(rootProp[n] * rest * 0.5);
        long server = rest / 2;
        long validator = rest - server - rootAlpha;
        s.pendingOwnerCut[n] += ownerCut;
        s.pendingServer[n] += server;
        s.pendingValidator[n] += validator;
        if (rootAlpha == 0) {
            return;
        }
        if (m.rootDividends() == RootDividends.SELL_EVERY_BLOCK) {
            sellRootAlpha(n, rootAlpha);
        } else if (rootSell) {
            s.pendingRootAlpha[n] += rootAlpha;
        } else {
            s.alphaOut[n] -= rootAlpha; // recycled: Σ EMA prices ≤ 1
        }
    }

    /** Launch era: the root share of alpha is sold fee-less into the pool every block, TAO held until the epoch. */
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
