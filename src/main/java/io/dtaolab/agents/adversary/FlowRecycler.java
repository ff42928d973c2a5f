package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;

/**
 * Flow recycler: buy cycleTao of the target, hold holdBlocks (collecting emission and dividends on the stake),
 * sell everything, and repeat the next block. Under taoflow-2025-11 the emission share follows the EMA of net TAO
 * flow; each buy lifts the EMA by α·cycleTao, which decays slowly (30-day half-life) while the stake is held, so
 * the target's share — and the emission it harvests — rises with capital it gets back ("buy → harvest → sell →
 * repeat", subtensor PR #2704). Under price-EMA eras the same cycles only move the price EMA a little.
 */
public final class FlowRecycler extends AdversaryAgent {
    private final long cycleRao;
    private final long hold;
    private boolean holding;

    public FlowRecycler(String id, AgentParams p, Attack a) {
        super(id, p, a);
        this.cycleRao = Rao.ofTao(p.getDouble("cycleTao"));
        this.hold = p.getLong("holdBlocks");
    }

    @Override
    protected void step(AgentContext ctx) {
        MarketView v = ctx.view();
        int n = attack.target();
        int ck = coldkey();
        if (!v.exists(n)) {
            return;
        }
        if (!holding) {
            if (buy(ctx, ck, n, cycleRao, 0) > 0) {
                holding = true;
                wake(ctx, v.block() + hold);
            } else {
                wake(ctx, v.block() + hold);
            }
        } else {
            sell(ctx, ck, n, Long.MAX_VALUE, 0);
            holding = false;
            wake(ctx, v.block() + 1);
        }
    }
}
