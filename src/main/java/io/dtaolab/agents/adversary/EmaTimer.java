package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;

/**
 * EMA timer. Checkpoints are taken daily ({@value #CHECKPOINT_EVERY} blocks after the attack starts), standing for
 * the moments an EMA is read: pruning checks at registrations and emission snapshots. Mode pump-before-checkpoint:
 * leadBlocks before each checkpoint it buys pushTao of the target and sells it right after the checkpoint, so the
 * price EMA (the share rule of launch-2025-02 and current-2026-06, and the pruning order of all eras) is displaced
 * upward at the checkpoint for the cost of two swaps. Mode suppress-rival: it buys a pushTao inventory of the rival
 * (rivalNetuid, or the lowest-EMA subnet other than the target when 0) early, sells it leadBlocks before each
 * checkpoint to depress the rival's EMA toward pruning, and buys it back after the checkpoint.
 * <p>
 * With {@code checkpoint: epoch} the checkpoints are the target subnet's epochs instead (the staggered tempo schedule,
 * {@link Trading#nextEpochBlock}: exact under launch, v3, taoflow and netflow; an approximation under the last-epoch
 * presets, as for the insider cartel), and the lead is capped at one tempo: the timer then pushes before every epoch
 * and exits the block after it.
 */
public final class EmaTimer extends AdversaryAgent {
    static final long CHECKPOINT_EVERY = Trading.BLOCKS_PER_DAY;
    private final long pushRao;
    private final long lead;
    private final boolean suppress;
    private final boolean epoch;
    private final int rivalParam;
    private int rival = -1;
    private boolean pushed;

    public EmaTimer(String id, AgentParams p, Attack a) {
        super(id, p, a);
        this.pushRao = Rao.ofTao(p.getDouble("pushTao"));
        this.epoch = "epoch".equals(p.getString("checkpoint"));
        this.lead = Math.min(p.getLong("leadBlocks"), CHECKPOINT_EVERY - 2);
        this.suppress = "suppress-rival".equals(p.getString("mode"));
        this.rivalParam = (int) p.getLong("rivalNetuid");
    }

    /** Next checkpoint strictly after {@code block}. */
    private long nextCheckpoint(long block, MarketView v) {
        if (epoch) {
            return Trading.nextEpochBlock(block + 1, attack.target(), v.tempo());
        }
        long k = (block - attack.startBlock()) / CHECKPOINT_EVERY + 1;
        return attack.startBlock() + k * CHECKPOINT_EVERY;
    }

    private int chooseRival(MarketView v) {
        if (rivalParam > 0 && rivalParam != attack.target() && v.exists(rivalParam)) {
            return rivalParam;
        }
        int best = -1;
        for (int n : v.netuids()) {
            if (n != attack.target() && (best < 0 || v.emaPrice(n) < v.emaPrice(best))) {
                best = n;
            }
        }
        return best;
    }

    @Override
    protected void step(AgentContext ctx) {
        MarketView v = ctx.view();
        int ck = coldkey();
        long b = v.block();
        long cp = nextCheckpoint(b, v);
        long lead = epoch ? Math.min(this.lead, v.tempo() - 1) : this.lead;
        if (!suppress) {
            int n = attack.target();
            if (!v.exists(n)) {
                return;
            }
            if (pushed) {
                sell(ctx, ck, n, Long.MAX_VALUE, 0);
                pushed = false;
                wake(ctx, cp - lead);
            } else if (b >= cp - lead) {
                pushed = buy(ctx, ck, n, pushRao, 0) > 0;
                wake(ctx, cp + 1);
            } else {
                wake(ctx, cp - lead);
            }
            return;
        }
        if (rival < 0) {
            rival = chooseRival(v);
            if (rival < 0) {
                return;
            }
            buy(ctx, ck, rival, pushRao, 0); // inventory, bought well before the first checkpoint
            wake(ctx, cp - lead);
            return;
        }
        if (!v.exists(rival)) {
            return;
        }
        if (b >= cp - lead && !pushed) {
            pushed = sell(ctx, ck, rival, Long.MAX_VALUE, 0) > 0;
            wake(ctx, cp + 1);
        } else if (pushed) {
            buy(ctx, ck, rival, pushRao, 0);
            pushed = false;
            wake(ctx, nextCheckpoint(b, v) - lead);
        } else {
            wake(ctx, cp - lead);
        }
    }

    @Override
    protected void unwind(AgentContext ctx) {
        sellAll(ctx, attack.target(), coldkeys());
        if (rival > 0) {
            sellAll(ctx, rival, coldkeys());
        }
    }
}
