package io.dtaolab.agents.honest;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;

/**
 * Miners selling what they earn, modelled without miner roles: at its first wake it stakes
 * {@value #INVENTORY_TAO} TAO on a subnet drawn ∝ TAO reserve; that alpha stands for the miner's earnings, which
 * "arrive" evenly over {@value #INFLOW_DAYS} days. Every sellEveryBlocks it sells sellFraction of the alpha that
 * arrived since the last sale (at most what it holds): steady, price-insensitive sell pressure.
 */
public final class MinerSeller extends Agent {
    static final double INVENTORY_TAO = 100;
    static final long INFLOW_DAYS = 30;
    private final double sellFraction;
    private final long every;
    private int netuid = -1;
    private int hotkey = -1;
    private long inventory;

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
        return Rao.ofTao(INVENTORY_TAO);
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        return startBlock + ctx.rng().nextLong(Math.max(1, Math.min(every, Trading.BLOCKS_PER_DAY)));
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        int ck = coldkey();
        if (netuid < 0 || !v.exists(netuid)) {
            netuid = Trading.pickByReserve(v, ctx.rng());
            hotkey = netuid < 0 ? -1 : Trading.validatorHotkey(v, netuid, ck);
            long tao = Trading.affordableBuy(v, ck, v.free(ck));
            if (hotkey >= 0 && tao > 0) {
                inventory = v.quoteBuy(netuid, tao);
                ctx.submit(new Extrinsic.AddStake(ck, hotkey, netuid, tao, Extrinsic.NO_LIMIT, false, 0, false));
            }
        } else {
            long held = v.stake(ck, hotkey, netuid);
            long earned = (long) ((double) inventory * every / (INFLOW_DAYS * Trading.BLOCKS_PER_DAY));
            long alpha = Trading.sellable(v, netuid, held, Math.min(held, (long) (earned * sellFraction)));
            if (alpha > 0) {
                ctx.submit(new Extrinsic.RemoveStake(ck, hotkey, netuid, alpha, Extrinsic.NO_LIMIT, false, 0, false));
            }
        }
        ctx.wakeAt(v.block() + every);
    }
}
