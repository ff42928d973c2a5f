package io.dtaolab.agents.honest;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.SetupContext;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;

/**
 * The miners of every subnet selling what they earn: at setup it takes the coldkeys of each subnet's miners (those
 * no other agent took; the owner's own miners earn nothing, their incentive is burned), and on a Poisson clock per miner (mean
 * sellEveryBlocks) it sells sellFraction of the incentive each miner received since its last sale, at any price:
 * miners sell to pay for their hardware, not on valuation. This is the chain's steady sell pressure on alpha (41 % of
 * a subnet's alpha emission goes to miners, less what the subnet burns).
 */
public final class MinerSeller extends Agent {
    private final double sellFraction;
    private final double every;
    private final EarnedAlpha earnings = new EarnedAlpha();

    public MinerSeller(String id, AgentParams p) {
        super(id, p.type().id(), false);
        this.sellFraction = p.getDouble("sellFraction");
        this.every = p.getLong("sellEveryBlocks");
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
        for (int n : v.netuids()) {
            int[] coldkeys = setup.controlMiners(n);
            var ns = v.neurons(n);
            for (int uid = 1; ns != null && uid < ns.size(); uid++) {
                int hk = ns.hotkey(uid);
                for (int ck : coldkeys) {
                    if (!ns.isValidator(uid) && v.hotkeyOwner(hk) == ck) {
                        earnings.track(v, ck, hk, n);
                    }
                }
            }
        }
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        return earnings.size() == 0 ? Long.MAX_VALUE : startBlock + ctx.rng().nextLong(EarnedAlpha.WAKE_BLOCKS);
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        double chance = Math.min(1, EarnedAlpha.WAKE_BLOCKS / every);
        for (int i = 0; i < earnings.size(); i++) {
            if (ctx.rng().nextDouble() >= chance) {
                continue;
            }
            long alpha = earnings.sell(v, i, sellFraction, 0);
            if (alpha > 0) {
                ctx.submit(new Extrinsic.RemoveStake(earnings.coldkey(i), earnings.hotkey(i), earnings.netuid(i), alpha,
                        Extrinsic.NO_LIMIT, false, 0, false));
            }
        }
        ctx.wakeAt(v.block() + EarnedAlpha.WAKE_BLOCKS);
    }
}
