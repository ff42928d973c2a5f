package io.dtaolab.agents.honest;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.agents.Rng;

/**
 * Holds a portfolio of at most {@value #TOP} subnets. Every rebalanceEveryDays it reads each subnet's hidden quality
 * with log-normal noise (valuationNoise), blends that valuation with the market's weight (TAO reserve share):
 * target = conviction·valuation + (1−conviction)·market, scales it by (ema/spot)^valueSensitivity (capped at
 * {@value #MAX_TILT}: it holds less of a subnet trading far above its price EMA, so it sells into bubbles and buys
 * dips), and trades stepFraction of the way toward the target (sells first, buys from free balance), so a large
 * population builds its positions over several rebalances instead of buying them in one day. Price manipulation reaches it
 * through the market term.
 */
public final class LongTermStaker extends WalletAgent {
    static final int TOP = 5;
    private static final double BAND = 0.1;
    static final double MAX_TILT = 4;
    private static final double TOLERANCE = 0.02;
    private final long periodBlocks;
    private final double noise;
    private final double conviction;
    private final double valueSensitivity;
    private final double step;
    /**
     * Per netuid, whether it ever sent a stake there: elsewhere its coldkey (which owns no hotkey and holds no root stake)
     * has no shares, so it reads its stake as 0 without asking the chain (a subnet dissolved and registered anew starts
     * with no stake at all).
     */
    private boolean[] staked = new boolean[0];

    public LongTermStaker(String id, AgentParams p) {
        super(id, p);
        this.periodBlocks = Math.max(1, Math.round(p.getDouble("rebalanceEveryDays") * Trading.BLOCKS_PER_DAY));
        this.noise = p.getDouble("valuationNoise");
        this.conviction = p.getDouble("conviction");
        this.valueSensitivity = p.getDouble("valueSensitivity");
        this.step = p.getDouble("stepFraction");
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        // sized for every subnet now, so the bounds check in stakedOn does not flip (a deoptimisation) as it grows
        int[] ids = ctx.view().netuids();
        if (ids.length > 0 && staked.length <= ids[ids.length - 1]) {
            staked = java.util.Arrays.copyOf(staked, ids[ids.length - 1] + 1);
        }
        return startBlock + ctx.rng().nextLong(Math.min(periodBlocks, Trading.BLOCKS_PER_DAY));
    }

    // act is split into its scans so each compiles on its own: with all six loops in one method the JIT compiled the
    // whole of it again for each loop (on-stack replacement), every time with all it inlines

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        int ck = coldkey();
        int[] ids = v.netuids();
        double[] target = new double[ids.length];
        double[] tilt = new double[ids.length];
        targets(ctx, v, ids, target, tilt);
        boolean[] keep = top(target);
        double kSum = 0;
        for (int i = 0; i < ids.length; i++) {
            kSum += keep[i] ? target[i] : 0;
        }
        long[] held = new long[ids.length];
        int[] hks = new int[ids.length];
        double wealth = holdings(v, ck, ids, hks, held, v.free(ck));
        double investable = wealth * 0.98;
        long budget = v.free(ck);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < ids.length; i++) {
                if (hks[i] >= 0) {
                    double want = keep[i] && kSum > 0 ? investable * target[i] / kSum * tilt[i] : 0;
                    budget = trade(ctx, v, ck, pass, ids[i], hks[i], held[i], want, budget);
                }
            }
        }
        ctx.wakeAt(v.block() + periodBlocks);
    }

    /**
     * Per subnet, its target weight (conviction·own valuation + (1−conviction)·market weight, valuations drawn in netuid
     * order) and its tilt.
     */
    private void targets(AgentContext ctx, MarketView v, int[] ids, double[] target, double[] tilt) {
        Rng rng = ctx.rng();
        double[] value = new double[ids.length];
        double vSum = 0;
        double rSum = 0;
        for (int i = 0; i < ids.length; i++) {
            value[i] = Math.max(0, ctx.signals().quality(ids[i])) * Math.exp(noise * Trading.normal(rng));
            vSum += value[i];
            rSum += v.taoReserve(ids[i]);
        }
        for (int i = 0; i < ids.length; i++) {
            double own = vSum > 0 ? value[i] / vSum : 0;
            double market = rSum > 0 ? v.taoReserve(ids[i]) / rSum : 0;
            target[i] = conviction * own + (1 - conviction) * market;
            // after the renormalisation below, so a subnet's bubble shrinks what is held there instead of moving it
            // to the other four
            tilt[i] = valueSensitivity == 0 ? 1
                    : Math.min(MAX_TILT, Math.pow(1 / (1 + Temperament.premium(v, ctx.signals(), ids[i])), valueSensitivity));
        }
    }

    /** The {@value #TOP} largest targets (the first of equals). */
    private static boolean[] top(double[] target) {
        boolean[] keep = new boolean[target.length];
        for (int k = 0; k < Math.min(TOP, target.length); k++) {
            int best = -1;
            for (int i = 0; i < target.length; i++) {
                if (!keep[i] && (best < 0 || target[i] > target[best])) {
                    best = i;
                }
            }
            keep[best] = true;
        }
        return keep;
    }

    /** Fills each subnet's validator hotkey and stake held; returns {@code wealth} plus the stakes at spot, in order. */
    private double holdings(MarketView v, int ck, int[] ids, int[] hks, long[] held, double wealth) {
        for (int i = 0; i < ids.length; i++) {
            hks[i] = Trading.validatorHotkey(v, ids[i], ck);
            held[i] = hks[i] < 0 || !stakedOn(ids[i]) ? 0 : v.stake(ck, hks[i], ids[i]);
            wealth += held[i] * v.spotPrice(ids[i]);
        }
        return wealth;
    }

    /** One subnet in one pass (0 sells, 1 buys from {@code budget}) toward {@code want} TAO; returns the budget left. */
    private long trade(AgentContext ctx, MarketView v, int ck, int pass, int n, int hk, long held, double want, long budget) {
        double spot = v.spotPrice(n);
        double have = held * spot;
        if (pass == 0 && have > want * (1 + BAND) && spot > 0) {
            long alpha = Trading.sellable(v, n, held, (long) (step * (have - want) / spot));
            if (alpha > 0) {
                ctx.submit(new Extrinsic.RemoveStake(ck, hk, n, alpha, Trading.sellLimit(spot, TOLERANCE), true, 0, false));
            }
        } else if (pass == 1 && have < want * (1 - BAND)) {
            long tao = Math.min(budget, (long) (step * (want - have)));
            if (tao >= Trading.MIN_ORDER_RAO) {
                markStaked(n);
                ctx.submit(new Extrinsic.AddStake(ck, hk, n, tao, Trading.buyLimit(spot, TOLERANCE), true, 0, false));
                return budget - tao;
            }
        }
        return budget;
    }

    private boolean stakedOn(int netuid) {
        return netuid < staked.length && staked[netuid];
    }

    private void markStaked(int netuid) {
        if (netuid >= staked.length) {
            staked = java.util.Arrays.copyOf(staked, Math.max(netuid + 1, 2 * staked.length));
        }
        staked[netuid] = true;
    }
}
