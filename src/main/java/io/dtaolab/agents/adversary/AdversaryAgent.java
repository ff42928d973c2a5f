package io.dtaolab.agents.adversary;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Neurons;

/**
 * Common frame of the adversaries: they act only in [startBlock, stopBlock); at stopBlock they unwind once (by
 * default: sell all their alpha on the target) and never wake again. Wake requests are clamped to stopBlock.
 */
public abstract class AdversaryAgent extends Agent {
    protected final Attack attack;
    protected final AgentParams params;
    private boolean closed;

    protected AdversaryAgent(String id, AgentParams params, Attack attack) {
        super(id, params.type().id(), true);
        this.attack = attack;
        this.params = params;
    }

    @Override
    public int target() {
        return attack.target();
    }

    @Override
    public long stopBlock() {
        return attack.stopBlock();
    }

    @Override
    public int coldkeyCount() {
        return attack.coldkeys();
    }

    @Override
    public long fundingPerColdkeyRao() {
        return attack.budgetRao() / coldkeyCount();
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        return Math.max(startBlock, attack.startBlock());
    }

    /** True while the attack may act at this block. */
    protected final boolean active(MarketView v) {
        return !closed && v.block() >= attack.startBlock() && v.block() < attack.stopBlock();
    }

    @Override
    public final void act(AgentContext ctx) {
        MarketView v = ctx.view();
        if (closed) {
            return;
        }
        if (v.block() >= attack.stopBlock()) {
            closed = true;
            unwind(ctx);
            return;
        }
        if (v.block() < attack.startBlock()) {
            ctx.wakeAt(attack.startBlock());
            return;
        }
        step(ctx);
    }

    /** One wake inside the window; must call {@link #wake} to continue. */
    protected abstract void step(AgentContext ctx);

    /** At stopBlock: by default sells everything held on the target. */
    protected void unwind(AgentContext ctx) {
        sellAll(ctx, attack.target(), coldkeys());
    }

    /** Wakes at {@code block}, but no later than stopBlock (so the unwind happens). */
    protected final void wake(AgentContext ctx, long block) {
        ctx.wakeAt(Math.min(Math.max(block, ctx.view().block() + 1), attack.stopBlock()));
    }

    /** Sells, with no limit, every position the given coldkeys hold on any hotkey of the subnet. */
    protected final void sellAll(AgentContext ctx, int netuid, int[] keys) {
        MarketView v = ctx.view();
        if (!v.exists(netuid)) {
            return;
        }
        Neurons ns = v.neurons(netuid);
        if (ns == null) {
            return;
        }
        for (int ck : keys) {
            for (int uid = 0; uid < ns.size(); uid++) {
                int hk = ns.hotkey(uid);
                long held = v.stake(ck, hk, netuid);
                if (held > 0 && v.quoteSell(netuid, held) > 0) {
                    ctx.submit(new Extrinsic.RemoveStake(ck, hk, netuid, held, Extrinsic.NO_LIMIT, false, 0,
                            attack.shielded()));
                }
            }
        }
    }

    /** Buys up to {@code tao} (capped by the key's free balance) on the target with no limit; returns TAO submitted. */
    protected final long buy(AgentContext ctx, int ck, int netuid, long tao, long tip) {
        MarketView v = ctx.view();
        int hk = Trading.validatorHotkey(v, netuid, ck);
        long amount = Trading.affordableBuy(v, ck, tao);
        if (hk < 0 || amount == 0) {
            return 0;
        }
        ctx.submit(new Extrinsic.AddStake(ck, hk, netuid, amount, Extrinsic.NO_LIMIT, false, tip, attack.shielded()));
        return amount;
    }

    /** Sells up to {@code alpha} of the key's stake on its validator hotkey of the subnet; returns alpha submitted. */
    protected final long sell(AgentContext ctx, int ck, int netuid, long alpha, long tip) {
        MarketView v = ctx.view();
        int hk = Trading.validatorHotkey(v, netuid, ck);
        if (hk < 0) {
            return 0;
        }
        long held = v.stake(ck, hk, netuid);
        long amount = Trading.sellable(v, netuid, held, Math.min(held, alpha));
        if (amount == 0) {
            return 0;
        }
        ctx.submit(new Extrinsic.RemoveStake(ck, hk, netuid, amount, Extrinsic.NO_LIMIT, false, tip, attack.shielded()));
        return amount;
    }

    /** The key's stake on its validator hotkey of the subnet. */
    protected static long held(MarketView v, int ck, int netuid) {
        int hk = Trading.validatorHotkey(v, netuid, ck);
        return hk < 0 ? 0 : v.stake(ck, hk, netuid);
    }
}
