package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;

/**
 * Wash trader. Round trips at Poisson times (roundTripsPerDay): key k buys roundTripTao of the target's alpha; the
 * next block the previous trip's buyer (key k−1 of linkedColdkeys) sells all it holds there, so no key ever stakes
 * and unstakes in one block (the 2025-07 same-block rate limiter does not bite) and on-chain the flow looks like
 * independent holders. It inflates volume and, under the flow eras (taoflow-2025-11, netflow-2026-05), the per-block
 * flow the EMA samples — the buy leg lands one block before the matching sell, so the EMA sees a spike it only
 * partly cancels. Costs: fees and spread, so it ends with at most its budget.
 */
public final class WashTrader extends AdversaryAgent {
    private final long tripRao;
    private final double meanGap;
    private final int keys;
    private long trip;
    private boolean sellNext;

    public WashTrader(String id, AgentParams p, Attack a) {
        super(id, p, a);
        this.tripRao = Rao.ofTao(p.getDouble("roundTripTao"));
        double rate = p.getDouble("roundTripsPerDay");
        this.meanGap = rate > 0 ? Trading.BLOCKS_PER_DAY / rate : Double.POSITIVE_INFINITY;
        this.keys = (int) p.getLong("linkedColdkeys");
    }

    @Override
    public int coldkeyCount() {
        return keys;
    }

    @Override
    protected void step(AgentContext ctx) {
        MarketView v = ctx.view();
        int[] ks = coldkeys();
        int n = attack.target();
        if (!v.exists(n)) {
            return;
        }
        if (sellNext) {
            int seller = ks[(int) Math.floorMod(trip - 1, (long) ks.length)];
            sell(ctx, seller, n, Long.MAX_VALUE, 0);
            sellNext = false;
            wake(ctx, v.block() + Trading.poissonGap(ctx.rng(), meanGap));
        } else {
            int buyer = ks[(int) Math.floorMod(trip, (long) ks.length)];
            if (buy(ctx, buyer, n, tripRao, 0) > 0) {
                trip++;
                sellNext = true;
                wake(ctx, v.block() + 1);
            } else {
                wake(ctx, v.block() + Trading.poissonGap(ctx.rng(), meanGap));
            }
        }
    }
}
