package io.dtaolab.agents.honest;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.HeldSubnets;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;
import io.dtaolab.agents.Rng;

/**
 * Background order flow: trades at Poisson times (its own rate), Pareto-distributed sizes with its own median and
 * the group's tail index, a fair coin for the side (a sell needs a position), subnets drawn ∝ TAO reserve. Rate and
 * median size are drawn once per trader around the group's values (log-normal, sigma heterogeneity). Its sense of
 * value: a buy goes through with probability min(1, (anchor/spot)^valueTilt) and a sale with min(1, (spot/anchor)^valueTilt)
 * (anchor: see {@link Temperament}),
 * so flow leans against a price far from its anchor. Orders carry the
 * SDK's "safe staking" limit spot·(1±slippageTolerance) (tolerance 0 = no limit, the SDK default) and are
 * visible in the mempool unless {@code shielded} — exactly what sandwich bots prey on.
 */
public final class NoiseTrader extends WalletAgent {
    private final HeldSubnets bought = new HeldSubnets();

    private double meanGap;
    private double paretoScale;
    private final double heterogeneity;
    private final double valueTilt;
    private final double tailIndex;
    private final double tolerance;
    private final boolean allowPartial;
    private final boolean shielded;

    public NoiseTrader(String id, AgentParams p) {
        super(id, p);
        double rate = p.getDouble("ratePerDay");
        this.meanGap = rate > 0 ? Trading.BLOCKS_PER_DAY / rate : Double.POSITIVE_INFINITY;
        this.tailIndex = p.getDouble("sizeTailIndex");
        this.paretoScale = p.getDouble("sizeTaoMedian") / Math.pow(2, 1 / tailIndex);
        this.tolerance = p.getDouble("slippageTolerance");
        this.allowPartial = p.getBoolean("allowPartial");
        this.shielded = p.getBoolean("shielded");
        this.heterogeneity = p.getDouble("heterogeneity");
        this.valueTilt = p.getDouble("valueTilt");
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        if (!Double.isInfinite(meanGap)) {
            meanGap /= Temperament.factor(ctx.rng(), heterogeneity);
            paretoScale *= Temperament.factor(ctx.rng(), heterogeneity);
        }
        return Double.isInfinite(meanGap) ? Long.MAX_VALUE : startBlock - 1 + Trading.poissonGap(ctx.rng(), meanGap);
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        Rng rng = ctx.rng();
        double sizeTao = paretoScale * Math.pow(1.0 - rng.nextDouble(), -1 / tailIndex);
        long sizeRao = Rao.ofTao(Math.min(sizeTao, 1e9));
        boolean sell = rng.nextBoolean();
        int ck = coldkey();
        if (sell) {
            trySell(ctx, v, rng, ck, sizeRao);
        } else {
            tryBuy(ctx, v, rng, ck, sizeRao);
        }
        ctx.wakeAt(v.block() + Trading.poissonGap(rng, meanGap));
    }

    private void tryBuy(AgentContext ctx, MarketView v, Rng rng, int ck, long sizeRao) {
        int n = Trading.pickByReserve(v, rng);
        if (n < 0) {
            return;
        }
        int hk = Trading.validatorHotkey(v, n, ck);
        long tao = Trading.affordableBuy(v, ck, sizeRao);
        if (hk < 0 || tao == 0 || !agrees(rng, 1 / (1 + Temperament.premium(v, ctx.signals(), n)))) {
            return;
        }
        ctx.submit(new Extrinsic.AddStake(ck, hk, n, tao, Trading.buyLimit(v.spotPrice(n), tolerance), allowPartial, 0,
                shielded));
        bought.add(n);
    }

    /** Whether a trade whose price looks {@code cheapness} times fair to the trader (above 1 = a good deal) goes ahead. */
    private boolean agrees(Rng rng, double cheapness) {
        return valueTilt == 0 || cheapness >= 1 || rng.nextDouble() < Math.pow(cheapness, valueTilt);
    }

    private void trySell(AgentContext ctx, MarketView v, Rng rng, int ck, long sizeRao) {
        // a position drawn ∝ its value among the subnets where this trader holds stake
        int[] ids = bought.toArray();
        int[] hotkeys = new int[ids.length];
        long[] held = new long[ids.length];
        double[] worth = new double[ids.length];
        double total = 0;
        for (int i = 0; i < ids.length; i++) {
            hotkeys[i] = Trading.validatorHotkey(v, ids[i], ck);
        }
        v.readStakes(ck, ids, hotkeys, ids.length, held);
        for (int i = 0; i < ids.length; i++) {
            held[i] = Math.max(0, held[i]); // no shares reads 0
            if (held[i] == 0) {
                bought.remove(ids[i]); // sold out: no need to look again until it buys there again
            }
            worth[i] = held[i] * v.spotPrice(ids[i]);
            total += worth[i];
        }
        if (total <= 0) {
            return;
        }
        double u = rng.nextDouble() * total;
        for (int i = 0; i < ids.length; i++) {
            int n = ids[i];
            u -= worth[i];
            if (held[i] > 0 && u < 0) {
                double spot = v.spotPrice(n);
                long want = spot > 0 ? (long) Math.min(held[i], sizeRao / spot) : held[i];
                long alpha = Trading.sellable(v, n, held[i], want);
                if (alpha > 0 && agrees(rng, 1 + Temperament.premium(v, ctx.signals(), n))) {
                    ctx.submit(new Extrinsic.RemoveStake(ck, hotkeys[i], n, alpha, Trading.sellLimit(spot, tolerance),
                            allowPartial, 0, shielded));
                }
                return;
            }
        }
    }
}
