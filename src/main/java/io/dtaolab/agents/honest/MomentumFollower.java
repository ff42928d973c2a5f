package io.dtaolab.agents.honest;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Signals;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;

/**
 * Trend follower holding one position at a time. It scans at Poisson times (mean {@value #SCAN_BLOCKS} blocks);
 * without a position it picks the subnet whose price rose most over lookbackBlocks, and if the rise exceeds its own
 * entry threshold and the price is at most its own premium tolerance above the price EMA, it buys its own fraction
 * of its free TAO with probability {@value #BASE_ENTRY}·hype^hypeSensitivity (capped at 1). It sells everything
 * after holdBlocks, when the price fell stopLoss below its entry, or when the premium over the EMA passed its
 * tolerance (it takes profit into a bubble). Once its wallet fell maxDrawdown below what it started with it stops
 * trading. Threshold, tolerance and size are drawn once per follower (log-normal, sigma heterogeneity), so a rise
 * draws followers in one by one rather than as a herd. Pump-and-dump promoters exploit it: a pump is a rise, and
 * hype raises its entry rate.
 */
public final class MomentumFollower extends WalletAgent {
    static final double SCAN_BLOCKS = 60;
    static final double BASE_ENTRY = 0.25;
    private static final double TOLERANCE = 0.03;
    private final int lookback;
    private final double entryThreshold;
    private final double hypeSensitivity;
    private final long holdBlocks;
    private final double stopLoss;
    private final double heterogeneity;
    private final double buyFraction;
    private final double maxPremium;
    private final double maxDrawdown;
    private double ownThreshold;
    private double ownPremium;
    private double ownFraction;
    private long floorRao;
    private int position = -1;
    private int positionHotkey = -1;
    private double entryPrice;
    private long entryBlock;

    public MomentumFollower(String id, AgentParams p) {
        super(id, p);
        this.lookback = (int) Math.min(Integer.MAX_VALUE, p.getLong("lookbackBlocks"));
        this.entryThreshold = p.getDouble("entryThreshold");
        this.hypeSensitivity = p.getDouble("hypeSensitivity");
        this.holdBlocks = p.getLong("holdBlocks");
        this.stopLoss = p.getDouble("stopLoss");
        this.heterogeneity = p.getDouble("heterogeneity");
        this.buyFraction = p.getDouble("buyFraction");
        this.maxPremium = p.getDouble("maxPremium");
        this.maxDrawdown = p.getDouble("maxDrawdown");
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        ownThreshold = entryThreshold * Temperament.factor(ctx.rng(), heterogeneity);
        ownPremium = maxPremium * Temperament.factor(ctx.rng(), heterogeneity);
        ownFraction = Math.min(1, buyFraction * Temperament.factor(ctx.rng(), heterogeneity));
        floorRao = (long) (ctx.view().free(coldkey()) * (1 - maxDrawdown));
        return startBlock - 1 + Trading.poissonGap(ctx.rng(), SCAN_BLOCKS);
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        int ck = coldkey();
        if (position >= 0) {
            long held = v.exists(position) ? v.stake(ck, positionHotkey, position) : 0;
            double spot = v.exists(position) ? v.spotPrice(position) : 0;
            if (held <= 0) {
                position = -1; // the buy never filled
            } else if (v.block() - entryBlock >= holdBlocks || spot < entryPrice * (1 - stopLoss)
                    || Temperament.premium(v, ctx.signals(), position) > ownPremium) {
                if (v.quoteSell(position, held) >= Trading.MIN_ORDER_RAO) {
                    ctx.submit(new Extrinsic.RemoveStake(ck, positionHotkey, position, held, Extrinsic.NO_LIMIT, false, 0,
                            false));
                }
                position = -1;
            }
        } else if (v.free(ck) < floorRao) {
            return; // its loss budget is spent: it leaves the market and is not woken again
        } else {
            Signals s = ctx.signals();
            int best = s.topRiser(v, lookback, 0);
            if (best >= 0 && v.spotPrice(best) >= s.priceAgo(best, lookback) * (1 + ownThreshold)
                    && Temperament.premium(v, ctx.signals(), best) <= ownPremium) {
                double p = BASE_ENTRY * Math.pow(Math.max(s.hype(best), 0), hypeSensitivity);
                int hk = Trading.validatorHotkey(v, best, ck);
                long tao = Trading.affordableBuy(v, ck, (long) (v.free(ck) * ownFraction));
                if (ctx.rng().nextDouble() < p && hk >= 0 && tao > 0) {
                    double spot = v.spotPrice(best);
                    ctx.submit(new Extrinsic.AddStake(ck, hk, best, tao, Trading.buyLimit(spot, TOLERANCE), true, 0,
                            false));
                    position = best;
                    positionHotkey = hk;
                    entryPrice = spot;
                    entryBlock = v.block();
                }
            }
        }
        ctx.wakeAt(v.block() + Trading.poissonGap(ctx.rng(), SCAN_BLOCKS));
    }
}
