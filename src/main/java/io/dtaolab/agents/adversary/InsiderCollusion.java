package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.SetupContext;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.Presets;
import io.dtaolab.chain.Rao;

/**
 * Insider collusion. At setup it takes the target's owner coldkey, its cartelValidators largest validators and
 * hands ownerMiners miner uids to the owner. It stakes cartelStakeTao behind the cartel hotkeys, and every tempo
 * (two blocks before the subnet's epoch) sets the cartel's weights — owner included — all on the owner's miners
 * (plus the owner hotkey when withholdMinerEmission, so incentive is burned: the lever of the 2025-11 miner-burn
 * census and of the flow eras' chain-buy extraction), buys coordinatedBuyTao and sells it two blocks after the
 * epoch. Yuma's consensus clipping only protects honest miners while the cartel holds less than the kappa share of
 * stake. Under root-vote it points the root weights of the largest root validators at the target and puts bribeTao
 * per tempo of root stake behind them (there is no transfer extrinsic, so the bribe is modelled as stake it
 * delegates); under holder-vote its keys vote all weight to the target. Epoch timing uses the staggered schedule
 * (exact for launch/taoflow/netflow; an approximation under last-epoch).
 */
public final class InsiderCollusion extends AdversaryAgent {
    private final int cartelSize;
    private final long cartelStakeRao;
    private final int minerCount;
    private final boolean withhold;
    private final long coordinatedRao;
    private final long bribeRao;
    private int[] cartel = new int[0];
    private int[] miners = new int[0];
    private int[] bribed = new int[0];
    private int ownerColdkey = -1;
    private boolean staked;
    private boolean holding;
    private long baseline;
    private int buyHotkey = -1;

    public InsiderCollusion(String id, AgentParams p, Attack a) {
        super(id, p, a);
        this.cartelSize = (int) p.getLong("cartelValidators");
        this.cartelStakeRao = Rao.ofTao(p.getDouble("cartelStakeTao"));
        this.minerCount = (int) p.getLong("ownerMiners");
        this.withhold = p.getBoolean("withholdMinerEmission");
        this.coordinatedRao = Rao.ofTao(p.getDouble("coordinatedBuyTao"));
        this.bribeRao = Rao.ofTao(p.getDouble("bribeTao"));
    }

    @Override
    public boolean takesRolesAtSetup() {
        return true;
    }

    @Override
    public void setup(SetupContext s) {
        int n = attack.target();
        if (!s.view().exists(n)) {
            return;
        }
        ownerColdkey = s.controlSubnetOwner(n);
        cartel = s.controlValidators(n, cartelSize);
        miners = s.ownerMiners(n, minerCount);
        if (bribeRao > 0 && Presets.ROOT_VOTE.equals(s.view().preset())) {
            bribed = s.rootValidators(cartelSize);
        }
    }

    /** Miner uids the owner controls (after setup). */
    public int[] ownerMinerUids() {
        return miners.clone();
    }

    @Override
    protected void step(AgentContext ctx) {
        MarketView v = ctx.view();
        int n = attack.target();
        Neurons ns = v.exists(n) ? v.neurons(n) : null;
        if (ns == null) {
            return;
        }
        int ck = coldkey();
        if (!staked) {
            staked = true;
            long each = cartel.length == 0 ? 0 : Math.min(cartelStakeRao, v.free(ck)) / cartel.length;
            for (int hk : cartel) {
                if (each >= Trading.MIN_ORDER_RAO) {
                    ctx.submit(new Extrinsic.AddStake(ck, hk, n, each, Extrinsic.NO_LIMIT, false, 0, attack.shielded()));
                }
            }
            wake(ctx, Trading.nextEpochBlock(v.block() + 3, n, v.tempo()) - 2);
            return;
        }
        if (holding) {
            long now = buyHotkey < 0 ? 0 : v.stake(ck, buyHotkey, n);
            long extra = Trading.sellable(v, n, now, now - baseline);
            if (extra > 0) {
                ctx.submit(new Extrinsic.RemoveStake(ck, buyHotkey, n, extra, Extrinsic.NO_LIMIT, false, 0,
                        attack.shielded()));
            }
            holding = false;
            wake(ctx, Trading.nextEpochBlock(v.block() + 3, n, v.tempo()) - 2);
            return;
        }
        setCartelWeights(ctx, ns, n, ck);
        bribe(ctx, v, n, ck);
        buyHotkey = cartel.length > 0 ? cartel[0] : Trading.validatorHotkey(v, n, ck);
        long tao = Trading.affordableBuy(v, ck, coordinatedRao);
        if (tao > 0 && buyHotkey >= 0) {
            baseline = v.stake(ck, buyHotkey, n);
            ctx.submit(new Extrinsic.AddStake(ck, buyHotkey, n, tao, Extrinsic.NO_LIMIT, false, 0, attack.shielded()));
            holding = true;
            wake(ctx, v.block() + 4);
        } else {
            wake(ctx, Trading.nextEpochBlock(v.block() + 3, n, v.tempo()) - 2);
        }
    }

    private void setCartelWeights(AgentContext ctx, Neurons ns, int n, int ck) {
        double[] w = new double[ns.size()];
        for (int uid : miners) {
            if (uid < w.length) {
                w[uid] = 1;
            }
        }
        if (withhold || miners.length == 0) {
            w[0] += 1;
        }
        for (int hk : cartel) {
            int uid = ns.uidOf(hk);
            if (uid >= 0 && ns.isValidator(uid)) {
                ctx.submit(new Extrinsic.SetWeights(ck, hk, n, w.clone(), 0, attack.shielded()));
            }
        }
        if (ownerColdkey >= 0) {
            ctx.submit(new Extrinsic.SetWeights(ownerColdkey, ns.hotkey(0), n, w.clone(), 0, attack.shielded()));
        }
    }

    private void bribe(AgentContext ctx, MarketView v, int n, int ck) {
        String preset = v.preset();
        double[] all = Trading.allOn(v, n);
        if (Presets.ROOT_VOTE.equals(preset) && bribed.length > 0) {
            long each = Math.min(bribeRao, v.free(ck)) / bribed.length;
            for (int hk : bribed) {
                if (each >= Trading.MIN_ORDER_RAO) {
                    ctx.submit(new Extrinsic.AddStake(ck, hk, 0, each, Extrinsic.NO_LIMIT, false, 0, attack.shielded()));
                }
                ctx.submit(new Extrinsic.SetRootWeights(ck, hk, all, 0, attack.shielded()));
            }
        } else if (Presets.HOLDER_VOTE.equals(preset)) {
            for (int key : coldkeys()) {
                ctx.submit(new Extrinsic.SetHolderVote(key, all, 0, attack.shielded()));
            }
        }
    }
}
