package io.dtaolab.agents.honest;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.SetupContext;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Neurons;

/**
 * An honest validator operator. At setup it takes control of the largest validator of one subnet, assigned
 * round-robin by the number at the end of its id (a hash of the id without one). Every setWeightsEveryBlocks it
 * sets weights over the miner uids ∝ max(0, minerQuality + weightNoise·N(0,1)), and the subnet's withheld
 * share on the owner hotkey as its validator code does. Its weights are what a colluding cartel must out-stake.
 */
public final class Validator extends Agent {
    private final double weightNoise;
    private final long every;
    private int netuid = -1;
    private int[] hotkeys = new int[0];

    public Validator(String id, AgentParams p) {
        super(id, p.type().id(), false);
        this.weightNoise = p.getDouble("weightNoise");
        this.every = p.getLong("setWeightsEveryBlocks");
    }

    @Override
    public int coldkeyCount() {
        return 1;
    }

    @Override
    public long fundingPerColdkeyRao() {
        return 0;
    }

    /** The index this agent's subnet is assigned by: the trailing number of its id, else its hash. */
    static long index(String id) {
        int end = id.length();
        int start = end;
        while (start > 0 && Character.isDigit(id.charAt(start - 1)) && end - start < 9) {
            start--;
        }
        return start < end ? Long.parseLong(id.substring(start, end)) : id.hashCode() & 0x7fffffffL;
    }

    @Override
    public void setup(SetupContext setup) {
        int[] ids = setup.view().netuids();
        if (ids.length == 0) {
            return;
        }
        netuid = ids[(int) Math.floorMod(index(id()), (long) ids.length)];
        hotkeys = setup.controlValidators(netuid, 1);
    }

    /** Subnet whose validator this agent runs; -1 before setup. */
    public int netuid() {
        return netuid;
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        return hotkeys.length == 0 ? Long.MAX_VALUE : startBlock + ctx.rng().nextLong(every);
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        Neurons ns = v.exists(netuid) ? v.neurons(netuid) : null;
        if (ns == null) {
            return;
        }
        for (int hk : hotkeys) {
            if (ns.uidOf(hk) < 0 || !ns.isValidator(ns.uidOf(hk))) {
                continue;
            }
            double[] w = new double[ns.size()];
            double sum = 0;
            for (int uid = 0; uid < ns.size(); uid++) {
                if (!ns.isValidator(uid)) {
                    w[uid] = Math.max(0, ctx.signals().minerQuality(netuid, uid) + weightNoise * Trading.normal(ctx.rng()));
                    sum += w[uid];
                }
            }
            double withheld = ctx.signals().ownerWeightShare(netuid);
            if (withheld >= 1) {
                java.util.Arrays.fill(w, 0);
                w[0] = 1;
                sum = 1;
            } else if (withheld > 0 && sum > 0) {
                w[0] = sum * withheld / (1 - withheld);
            }
            if (sum > 0) {
                ctx.submit(new Extrinsic.SetWeights(coldkey(), hk, netuid, w, 0, false));
            }
        }
        ctx.wakeAt(v.block() + every);
    }
}
