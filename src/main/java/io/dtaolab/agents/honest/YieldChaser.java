package io.dtaolab.agents.honest;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.HeldSubnets;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;

/**
 * Chases emission yield: every checkEveryBlocks it estimates each subnet's yield per TAO staked as
 * lastTaoEmission / taoReserve (falling back to share·blockEmission / taoReserve before the first emission),
 * stakes idle TAO on the best subnet, and moves fractionMoved of its largest position to the best subnet when
 * the best yield beats it by more than moveThreshold (relative). Emission-gaming attacks (flow recycling,
 * pump-for-share) bait exactly this agent: a short-lived share spike looks like yield.
 */
public final class YieldChaser extends WalletAgent {
    private static final double TOLERANCE = 0.02;
    private final long checkEvery;
    private final double threshold;
    private final double fraction;
    private final HeldSubnets positions = new HeldSubnets();

    public YieldChaser(String id, AgentParams p) {
        super(id, p);
        this.checkEvery = p.getLong("checkEveryBlocks");
        this.threshold = p.getDouble("moveThreshold");
        this.fraction = p.getDouble("fractionMoved");
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        return startBlock + ctx.rng().nextLong(checkEvery);
    }

    /** Emission per block per TAO in the pool. */
    static double yieldOf(MarketView v, int n) {
        long reserve = v.taoReserve(n);
        if (reserve <= 0) {
            return 0;
        }
        long e = v.lastTaoEmission(n);
        double perBlock = e > 0 ? e : v.emissionShare(n) * v.blockEmission();
        return perBlock / reserve;
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        int ck = coldkey();
        int best = -1;
        double bestYield = -1;
        int cur = -1;
        double curValue = 0;
        for (int n : v.netuids()) {
            double y = yieldOf(v, n);
            if (y > bestYield) {
                bestYield = y;
                best = n;
            }
        }
        for (int n : positions.toArray()) {
            int hk = Trading.validatorHotkey(v, n, ck);
            double value = hk < 0 ? 0 : v.stake(ck, hk, n) * v.spotPrice(n);
            if (value > curValue) {
                curValue = value;
                cur = n;
            }
        }
        if (best >= 0) {
            int bestHk = Trading.validatorHotkey(v, best, ck);
            long idle = Trading.affordableBuy(v, ck, v.free(ck));
            if (idle > 0 && bestHk >= 0) {
                ctx.submit(new Extrinsic.AddStake(ck, bestHk, best, idle, Trading.buyLimit(v.spotPrice(best), TOLERANCE),
                        true, 0, false));
                positions.add(best);
            }
            if (cur >= 0 && cur != best && bestYield > yieldOf(v, cur) * (1 + threshold) && bestHk >= 0) {
                int curHk = Trading.validatorHotkey(v, cur, ck);
                long held = v.stake(ck, curHk, cur);
                long alpha = Trading.sellable(v, cur, held, (long) (held * fraction));
                if (alpha > 0) {
                    ctx.submit(new Extrinsic.MoveStake(ck, curHk, cur, bestHk, best, alpha, 0, false));
                    positions.add(best);
                }
            }
        }
        ctx.wakeAt(v.block() + checkEvery);
    }
}
