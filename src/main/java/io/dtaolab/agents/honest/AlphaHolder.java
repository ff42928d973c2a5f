package io.dtaolab.agents.honest;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.SetupContext;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;

/**
 * The holders the snapshot starts with: at setup it takes the genesis holders' coldkey, which holds every subnet's
 * staked alpha (nominated to its validators, so it earns their dividends). Each position on its own Poisson clock
 * (mean sellEveryBlocks), it sells dividendSellFraction of the dividends received since its last sale and, for each day
 * since, exitPerDay·mood of what it kept, at any price: stakers taking their yield and, slowly, leaving. Holders leave
 * a subnet in waves: its mood is exp(exitMoodSigma·x − exitMoodSigma²/2) (mean 1), x a per-subnet Gaussian AR(1) with
 * correlation time exitMoodDays. The holder's staked alpha is most of a subnet's alpha outside the pool, so this is
 * where the snapshot's supply meets the market.
 */
public final class AlphaHolder extends Agent {
    private final double dividendShare;
    private final double exitPerDay;
    private final double every;
    private final double moodSigma;
    private final double moodPersistence;
    private final EarnedAlpha positions = new EarnedAlpha();
    private double[] mood = new double[0];

    public AlphaHolder(String id, AgentParams p) {
        super(id, p.type().id(), false);
        this.dividendShare = p.getDouble("dividendSellFraction");
        this.exitPerDay = p.getDouble("exitPerDay");
        this.every = p.getLong("sellEveryBlocks");
        this.moodSigma = p.getDouble("exitMoodSigma");
        this.moodPersistence = Math.exp(-EarnedAlpha.WAKE_BLOCKS / (p.getDouble("exitMoodDays") * Trading.BLOCKS_PER_DAY));
    }

    @Override
    public int coldkeyCount() {
        return 1;
    }

    @Override
    public long fundingPerColdkeyRao() {
        return 0;
    }

    @Override
    public void setup(SetupContext setup) {
        MarketView v = setup.view();
        int holders = setup.controlGenesisHolders();
        if (holders < 0) {
            return;
        }
        for (int n : v.netuids()) {
            var ns = v.neurons(n);
            for (int uid = 0; ns != null && uid < ns.size(); uid++) {
                if (v.stake(holders, ns.hotkey(uid), n) > 0) {
                    positions.track(v, holders, ns.hotkey(uid), n);
                }
            }
        }
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        int max = 0;
        for (int i = 0; i < positions.size(); i++) {
            max = Math.max(max, positions.netuid(i));
        }
        mood = new double[max + 1];
        for (int n = 0; n < mood.length; n++) {
            mood[n] = Trading.normal(ctx.rng());
        }
        return positions.size() == 0 ? Long.MAX_VALUE : startBlock + ctx.rng().nextLong(EarnedAlpha.WAKE_BLOCKS);
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        double chance = Math.min(1, EarnedAlpha.WAKE_BLOCKS / every);
        double shock = Math.sqrt(1 - moodPersistence * moodPersistence);
        for (int n = 0; n < mood.length; n++) {
            mood[n] = moodPersistence * mood[n] + shock * Trading.normal(ctx.rng());
        }
        for (int i = 0; i < positions.size(); i++) {
            if (ctx.rng().nextDouble() >= chance) {
                continue;
            }
            double m = Math.exp(moodSigma * mood[positions.netuid(i)] - moodSigma * moodSigma / 2);
            long alpha = positions.sell(v, i, dividendShare, exitPerDay * m);
            if (alpha > 0) {
                ctx.submit(new Extrinsic.RemoveStake(positions.coldkey(i), positions.hotkey(i), positions.netuid(i), alpha,
                        Extrinsic.NO_LIMIT, false, 0, false));
            }
        }
        ctx.wakeAt(v.block() + EarnedAlpha.WAKE_BLOCKS);
    }
}
