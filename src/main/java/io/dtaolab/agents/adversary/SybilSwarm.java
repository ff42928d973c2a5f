package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.Rao;

/**
 * Sybil swarm: swarmColdkeys keys funded with perKeyTao each (capped by budget/keys when a budget is given), acting
 * as one, {@value #BATCH} keys per block. Behaviours:
 * <ul>
 * <li>stake-and-hold: every key stakes its TAO on the target and holds — many small holders that look like organic
 * demand (lifts price EMA and flow under every share rule);</li>
 * <li>wash: keys buy and sell the next block in turn (volume and flow without holding);</li>
 * <li>vote: under holder-vote each key votes all its weight to the target (one-holder-one-vote style rules reward
 * splitting); in other eras it falls back to stake-and-hold.</li>
 * </ul>
 */
public final class SybilSwarm extends AdversaryAgent {
    static final int BATCH = 200;
    private final int keys;
    private final long perKeyRao;
    private final String behaviour;
    private int cursor;
    private boolean washSell;

    public SybilSwarm(String id, AgentParams p, Attack a) {
        super(id, p, a);
        this.keys = (int) p.getLong("swarmColdkeys");
        this.perKeyRao = Rao.ofTao(p.getDouble("perKeyTao"));
        this.behaviour = p.getString("behaviour");
    }

    @Override
    public int coldkeyCount() {
        return keys;
    }

    @Override
    public long fundingPerColdkeyRao() {
        return attack.budgetRao() > 0 ? Math.min(perKeyRao, attack.budgetRao() / keys) : perKeyRao;
    }

    @Override
    protected void step(AgentContext ctx) {
        MarketView v = ctx.view();
        int n = attack.target();
        if (!v.exists(n)) {
            return;
        }
        int[] ks = coldkeys();
        boolean vote = "vote".equals(behaviour) && Presets.HOLDER_VOTE.equals(v.preset());
        if ("wash".equals(behaviour)) {
            int from = cursor;
            for (int i = 0; i < Math.min(BATCH, ks.length); i++) {
                int ck = ks[(from + i) % ks.length];
                if (washSell) {
                    sell(ctx, ck, n, Long.MAX_VALUE, 0);
                } else {
                    buy(ctx, ck, n, v.free(ck), 0);
                }
            }
            if (washSell) {
                cursor = (from + Math.min(BATCH, ks.length)) % ks.length;
            }
            washSell = !washSell;
            wake(ctx, v.block() + (washSell ? 1 : Trading.poissonGap(ctx.rng(), 60)));
            return;
        }
        if (cursor < ks.length) {
            int end = Math.min(ks.length, cursor + BATCH);
            for (int i = cursor; i < end; i++) {
                int ck = ks[i];
                if (vote) {
                    ctx.submit(new Extrinsic.SetHolderVote(ck, Trading.allOn(v, n), 0, attack.shielded()));
                } else {
                    buy(ctx, ck, n, v.free(ck), 0);
                }
            }
            cursor = end;
            wake(ctx, v.block() + 1);
        } else if (vote) {
            cursor = 0; // re-assert the votes daily
            wake(ctx, v.block() + Trading.BLOCKS_PER_DAY);
        }
        // stake-and-hold: done until the unwind at stopBlock
        else {
            wake(ctx, attack.stopBlock());
        }
    }
}
