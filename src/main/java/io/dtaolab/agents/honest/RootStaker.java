package io.dtaolab.agents.honest;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.Presets;

/**
 * Stakes walletTao on root (netuid 0) behind the validator hotkey with the most root stake (ties: lowest hotkey)
 * and, every claimEveryBlocks, claims its root dividends (claimType swap: sold into root stake; keep: staked as
 * alpha) and restakes any free TAO. The chain also claims for it when its coldkey is picked. Under root-vote it sets its
 * delegate's root weights, and under holder-vote its own holder vote, ∝ its noisy reading of subnet quality.
 */
public final class RootStaker extends WalletAgent {
    private static final double NOISE = 0.3;
    private final long every;
    private final boolean keep;
    private int delegate = -1;
    private boolean claimTypeSet;

    public RootStaker(String id, AgentParams p) {
        super(id, p);
        this.every = p.getLong("claimEveryBlocks");
        this.keep = "keep".equals(p.getString("claimType"));
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        return startBlock + ctx.rng().nextLong(Math.min(every, 100));
    }

    static int largestRootValidator(MarketView v) {
        int best = -1;
        long bestStake = -1;
        for (int n : v.netuids()) {
            Neurons ns = v.neurons(n);
            if (ns == null) {
                continue;
            }
            for (int uid = 1; uid < ns.size(); uid++) {
                if (ns.isValidator(uid)) {
                    int hk = ns.hotkey(uid);
                    long s = v.hotkeyStake(hk, 0);
                    if (s > bestStake || (s == bestStake && hk < best)) {
                        bestStake = s;
                        best = hk;
                    }
                }
            }
        }
        return best;
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        int ck = coldkey();
        if (delegate < 0) {
            delegate = largestRootValidator(v);
        }
        if (keep && !claimTypeSet) {
            ctx.submit(new Extrinsic.SetRootClaimType(ck, true, 0, false));
            claimTypeSet = true;
        }
        ctx.submit(new Extrinsic.ClaimRoot(ck, 0, false));
        long tao = Trading.affordableBuy(v, ck, v.free(ck));
        if (delegate >= 0 && tao > 0) {
            ctx.submit(new Extrinsic.AddStake(ck, delegate, 0, tao, Extrinsic.NO_LIMIT, false, 0, false));
        }
        String preset = v.preset();
        if (Presets.ROOT_VOTE.equals(preset) || Presets.HOLDER_VOTE.equals(preset)) {
            int[] ids = v.netuids();
            int max = 0;
            for (int n : ids) {
                max = Math.max(max, n);
            }
            double[] w = new double[max + 1];
            for (int n : ids) {
                w[n] = Math.max(0, ctx.signals().quality(n)) * Math.exp(NOISE * Trading.normal(ctx.rng()));
            }
            if (Presets.ROOT_VOTE.equals(preset)) {
                if (delegate >= 0) {
                    ctx.submit(new Extrinsic.SetRootWeights(ck, delegate, w, 0, false));
                }
            } else {
                ctx.submit(new Extrinsic.SetHolderVote(ck, w, 0, false));
            }
        }
        ctx.wakeAt(v.block() + every);
    }
}
