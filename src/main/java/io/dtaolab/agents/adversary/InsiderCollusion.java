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
 * hands ownerMiners miner uids to the owner. It stakes cartelStakeTao behind the cartel hotkeys (funded from all its
 * coldkeys in order: the budget is split across them), and every tempo
 * (two blocks before the subnet's epoch) sets the cartel's weights — owner included — all on the owner's miners
 * (plus the owner hotkey when withholdMinerEmission, so incentive is burned: the lever of the 2025-11 miner-burn
 * census and of the flow eras' chain-buy extraction), buys coordinatedBuyTao (from its coldkey with the most free TAO)
 * and sells it two blocks after the
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
    private int buyColdkey = -1;

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
            stakeCartel(ctx, v, n);
            wake(ctx, Trading.nextEpochBlock(v.block() + 3, n, v.tempo()) - 2);
            return;
        }
        if (holding) {
            long now = buyHotkey < 0 ? 0 : v.stake(buyColdkey, buyHotkey, n);
            long extra = Trading.sellable(v, n, now, now - baseline);
            if (extra > 0) {
                ctx.submit(new Extrinsic.RemoveStake(buyColdkey, buyHotkey, n, extra, Extrinsic.NO_LIMIT, false, 0,
                        attack.shielded()));
            }
            holding = false;
            wake(ctx, Trading.nextEpochBlock(v.block() + 3, n, v.tempo()) - 2);
            return;
        }
        setCartelWeights(ctx, ns, n, ck);
        bribe(ctx, v, n, ck);
        buyHotkey = cartel.length > 0 ? cartel[0] : Trading.validatorHotkey(v, n, ck);
        buyColdkey = richest(v);
        long tao = Trading.affordableBuy(v, buyColdkey, coordinatedRao);
        if (tao > 0 && buyHotkey >= 0) {
            baseline = v.stake(buyColdkey, buyHotkey, n);
            ctx.submit(new Extrinsic.AddStake(buyColdkey, buyHotkey, n, tao, Extrinsic.NO_LIMIT, false, 0,
                    attack.shielded()));
            holding = true;
            wake(ctx, v.block() + 4);
        } else {
            wake(ctx, Trading.nextEpochBlock(v.block() + 3, n, v.tempo()) - 2);
        }
    }

    /**
     * Stakes cartelStakeTao (at most what the keys hold) evenly behind the cartel hotkeys, drawing on the adversary's
     * coldkeys in order: the budget is split across its coldkeys, so with several keys the first alone cannot fund it
     * (with one key this is that key's min(cartelStakeTao, free) split evenly, as before).
     */
    private void stakeCartel(AgentContext ctx, MarketView v, int n) {
        if (cartel.length == 0) {
            return;
        }
        long left = cartelStakeRao;
        for (int key : coldkeys()) {
            long each = Math.min(left, v.free(key)) / cartel.length;
            if (each < Trading.MIN_ORDER_RAO) {
                continue;
            }
            for (int hk : cartel) {
                ctx.submit(new Extrinsic.AddStake(key, hk, n, each, Extrinsic.NO_LIMIT, false, 0, attack.shielded()));
            }
            left -= each * cartel.length;
        }
    }

    /** The coldkey with the most free TAO (the first on ties): the one that can fund the coordinated buy. */
    private int richest(MarketView v) {
        int best = coldkey();
        for (int key : coldkeys()) {
            if (v.free(key) > v.free(best)) {
                best = key;
            }
        }
        return best;
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
            int payer = richest(v);
            long each = Math.min(bribeRao, v.free(payer)) / bribed.length;
            for (int hk : bribed) {
                if (each >= Trading.MIN_ORDER_RAO) {
                    ctx.submit(new Extrinsic.AddStake(payer, hk, 0, each, Extrinsic.NO_LIMIT, false, 0, attack.shielded()));
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
