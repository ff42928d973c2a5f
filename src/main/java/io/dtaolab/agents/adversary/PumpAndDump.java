package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;

/**
 * Pump and dump. Accumulates {@value #ACCUMULATE_SHARE} of its budget in small buys spread over accumulateDays,
 * then pumps with the rest in larger, more frequent buys over pumpDays (optionally announcing hype: the followers'
 * buy rate × hypeBuyRateMultiplier for hypeDays), and dumps everything once the price is dumpAtRise above its
 * average entry, or at stopBlock. Exploits every era's momentum and price-EMA followers, and under price-EMA share
 * rules (launch-2025-02, current-2026-06) the emission share the lifted EMA brings while it holds.
 */
public final class PumpAndDump extends AdversaryAgent {
    static final double ACCUMULATE_SHARE = 0.4;
    static final long ACCUMULATE_EVERY = 120;
    static final long PUMP_EVERY = 10;
    private final long accumulateBlocks;
    private final long pumpBlocks;
    private final double dumpAtRise;
    private final boolean hype;
    private final double hypeMultiplier;
    private final long hypeBlocks;
    private long began = -1;
    private long spentRao;
    private boolean hyped;
    private boolean dumped;
    private int nextKey;

    public PumpAndDump(String id, AgentParams p, Attack a) {
        super(id, p, a);
        this.accumulateBlocks = Math.round(p.getDouble("accumulateDays") * Trading.BLOCKS_PER_DAY);
        this.pumpBlocks = Math.round(p.getDouble("pumpDays") * Trading.BLOCKS_PER_DAY);
        this.dumpAtRise = p.getDouble("dumpAtRise");
        this.hype = p.getBoolean("hype");
        this.hypeMultiplier = p.getDouble("hypeBuyRateMultiplier");
        this.hypeBlocks = Math.round(p.getDouble("hypeDays") * Trading.BLOCKS_PER_DAY);
    }

    /** Average entry price in TAO per alpha; 0 before any fill. */
    private double entry(MarketView v) {
        long alpha = 0;
        for (int ck : coldkeys()) {
            alpha += held(v, ck, attack.target());
        }
        return alpha > 0 ? spentRao / (double) alpha : 0;
    }

    @Override
    protected void step(AgentContext ctx) {
        MarketView v = ctx.view();
        int n = attack.target();
        if (!v.exists(n) || dumped) {
            return;
        }
        if (began < 0) {
            began = v.block();
        }
        long t = v.block() - began;
        double entry = entry(v);
        if (spentRao > 0 && entry > 0 && v.spotPrice(n) >= entry * (1 + dumpAtRise)) {
            sellAll(ctx, n, coldkeys());
            dumped = true;
            return;
        }
        long budget = attack.budgetRao();
        long buyTao = 0;
        long next;
        if (t < accumulateBlocks) {
            long slices = Math.max(1, accumulateBlocks / ACCUMULATE_EVERY);
            buyTao = (long) (budget * ACCUMULATE_SHARE / slices);
            next = v.block() + ACCUMULATE_EVERY;
        } else if (t < accumulateBlocks + pumpBlocks) {
            if (hype && !hyped) {
                ctx.signals().hype(n, hypeMultiplier, v.block() + hypeBlocks);
                hyped = true;
            }
            long slices = Math.max(1, pumpBlocks / PUMP_EVERY);
            buyTao = (long) (budget * (1 - ACCUMULATE_SHARE) / slices);
            next = v.block() + PUMP_EVERY;
        } else {
            next = v.block() + PUMP_EVERY; // hold and watch for the dump price
        }
        if (buyTao > 0) {
            int[] ks = coldkeys();
            int ck = ks[nextKey++ % ks.length];
            spentRao += buy(ctx, ck, n, buyTao, 0);
        }
        wake(ctx, next);
    }

    @Override
    protected void unwind(AgentContext ctx) {
        if (!dumped) {
            sellAll(ctx, attack.target(), coldkeys());
            dumped = true;
        }
    }
}
