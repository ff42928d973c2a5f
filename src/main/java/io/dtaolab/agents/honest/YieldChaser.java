package io.dtaolab.agents.honest;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.HeldSubnets;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Rng;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;

/**
 * Chases emission yield: about every checkEveryBlocks (its own period) it reads each subnet's yield per TAO staked as
 * lastTaoEmission / taoReserve (falling back to share·blockEmission / taoReserve before the first emission), each
 * reading with its own log-normal error (yieldNoise), so chasers disagree about which subnet is best. Among subnets
 * trading at most its own premium tolerance above their price EMA it stakes buyFraction of its idle TAO on the best,
 * and moves fractionMoved of its largest position there when the best yield beats it by more than its own move
 * threshold, or when that position's premium over the EMA passed its tolerance (it sells into a bubble). Thresholds,
 * tolerance and period are drawn once per chaser (log-normal, sigma heterogeneity). Emission-gaming attacks (flow
 * recycling, pump-for-share) bait exactly this agent: a short-lived share spike looks like yield.
 */
public final class YieldChaser extends WalletAgent {
    private static final double TOLERANCE = 0.02;
    private final long checkEvery;
    private final double threshold;
    private final double fraction;
    private final double heterogeneity;
    private final double yieldNoise;
    private final double buyFraction;
    private final double maxPremium;
    private long ownPeriod;
    private double ownThreshold;
    private double ownPremium;
    private final HeldSubnets positions = new HeldSubnets();
    /** The best yield seen by the last {@link #bestSubnet} scan (-1 if none qualified). */
    private double bestYield;

    public YieldChaser(String id, AgentParams p) {
        super(id, p);
        this.checkEvery = p.getLong("checkEveryBlocks");
        this.threshold = p.getDouble("moveThreshold");
        this.fraction = p.getDouble("fractionMoved");
        this.heterogeneity = p.getDouble("heterogeneity");
        this.yieldNoise = p.getDouble("yieldNoise");
        this.buyFraction = p.getDouble("buyFraction");
        this.maxPremium = p.getDouble("maxPremium");
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        ownPeriod = Math.max(1, Math.round(checkEvery * Temperament.factor(ctx.rng(), heterogeneity)));
        ownThreshold = threshold * Temperament.factor(ctx.rng(), heterogeneity);
        ownPremium = maxPremium * Temperament.factor(ctx.rng(), heterogeneity);
        return startBlock + ctx.rng().nextLong(ownPeriod);
    }

    /** Emission per block per TAO in the pool. */
    static double yieldOf(MarketView v, int n) {
        return yieldOf(v, n, v.blockEmission());
    }

    /** {@link #yieldOf(MarketView, int)} with the block emission read once for a scan of every subnet. */
    private static double yieldOf(MarketView v, int n, long blockEmission) {
        long reserve = v.taoReserve(n);
        if (reserve <= 0) {
            return 0;
        }
        long e = v.lastTaoEmission(n);
        double perBlock = e > 0 ? e : v.emissionShare(n) * blockEmission;
        return perBlock / reserve;
    }

    // act is split so that each scan compiles on its own: the scans' loops made the JIT compile the whole of act
    // several times over (on-stack replacement at each loop, then the method), each time with everything it inlines

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        int ck = coldkey();
        long emission = v.blockEmission(); // the chain does not change while agents act
        int best = bestSubnet(ctx, v, emission);
        int cur = largestPosition(v, ck);
        if (best >= 0) {
            int bestHk = Trading.validatorHotkey(v, best, ck);
            long idle = Trading.affordableBuy(v, ck, (long) (v.free(ck) * buyFraction));
            if (idle > 0 && bestHk >= 0) {
                ctx.submit(new Extrinsic.AddStake(ck, bestHk, best, idle, Trading.buyLimit(v.spotPrice(best), TOLERANCE),
                        true, 0, false));
                positions.add(best);
            }
            boolean better = bestYield > yieldOf(v, cur < 0 ? best : cur, emission) * (1 + ownThreshold);
            boolean bubble = cur >= 0 && Temperament.premium(v, ctx.signals(), cur) > ownPremium;
            if (cur >= 0 && cur != best && (better || bubble) && bestHk >= 0) {
                move(ctx, v, ck, cur, best, bestHk);
            }
        }
        ctx.wakeAt(v.block() + ownPeriod);
    }

    /**
     * The subnet with the best yield as this chaser reads it (one noisy reading per subnet, in netuid order) among
     * those within its premium tolerance; -1 if none. Leaves that yield in {@link #bestYield}.
     */
    private int bestSubnet(AgentContext ctx, MarketView v, long emission) {
        int best = -1;
        double top = -1;
        if (yieldNoise > 0) {
            Rng rng = ctx.rng();
            FactorBound bound = FactorBound.of(yieldNoise);
            for (int n : v.netuids()) {
                double exact = yieldOf(v, n, emission);
                double u1 = 1.0 - rng.nextDouble();
                double u2 = rng.nextDouble();
                // the reading's factor only matters if the subnet qualifies and the reading may beat the best so far
                if (Temperament.premium(v, ctx.signals(), n) > ownPremium || !bound.mayBeat(exact, u1, u2, top)) {
                    continue;
                }
                double y = exact * Temperament.factor(u1, u2, yieldNoise);
                if (y > top) {
                    top = y;
                    best = n;
                }
            }
        } else {
            for (int n : v.netuids()) {
                double y = yieldOf(v, n, emission);
                if (y > top && Temperament.premium(v, ctx.signals(), n) <= ownPremium) {
                    top = y;
                    best = n;
                }
            }
        }
        bestYield = top;
        return best;
    }

    /** The subnet of its largest position at spot (the first of equals); -1 if it holds nothing. */
    private int largestPosition(MarketView v, int ck) {
        int size = positions.size();
        int[] index = new int[size];
        int[] netuids = new int[size];
        int[] hotkeys = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (positions.parked(i)) {
                continue;
            }
            int n = positions.get(i);
            int hk = Trading.validatorHotkey(v, n, ck);
            if (hk < 0) {
                continue; // worth 0: never the largest
            }
            index[count] = i;
            netuids[count] = n;
            hotkeys[count++] = hk;
        }
        long[] held = new long[count];
        v.readStakes(ck, netuids, hotkeys, count, held);
        int cur = -1;
        double curValue = 0;
        for (int k = 0; k < count; k++) {
            if (held[k] == MarketView.NO_SHARES) {
                // no shares: only its own stake or move into the subnet (which un-parks it) brings any back; the
                // validator it stakes through stays while the subnet lives, and dissolving one clears every stake
                positions.park(index[k]);
                continue;
            }
            double value = held[k] * v.spotPrice(netuids[k]);
            if (value > curValue) {
                curValue = value;
                cur = netuids[k];
            }
        }
        return cur;
    }

    /** Moves fractionMoved of the position on {@code cur} to {@code best}. */
    private void move(AgentContext ctx, MarketView v, int ck, int cur, int best, int bestHk) {
        int curHk = Trading.validatorHotkey(v, cur, ck);
        long held = v.stake(ck, curHk, cur);
        long alpha = Trading.sellable(v, cur, held, (long) (held * fraction));
        if (alpha > 0) {
            ctx.submit(new Extrinsic.MoveStake(ck, curHk, cur, bestHk, best, alpha, 0, false));
            positions.add(best);
        }
    }
}
