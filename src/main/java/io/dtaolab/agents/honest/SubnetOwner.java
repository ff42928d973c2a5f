package io.dtaolab.agents.honest;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.SetupContext;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;

/**
 * The owners of every subnet trading their own alpha as the chain's owners did in the 30 days before the snapshot.
 * At setup it takes each subnet's owner coldkey. At its first wake it draws, per subnet in netuid order, whether that
 * owner sells its cut (probability sellerShare) and which share of it (log-normal, median sellRatioMedian, sigma
 * sellRatioSigma; above 1 it sells more than the cut, out of what it kept), and whether it buys its own alpha (probability buyerShare) and
 * how much TAO per 30 days (log-normal, median buyTaoMedian, sigma buyTaoSigma). The defaults are those facts of
 * {@code mainnet-2026-09-30-market.csv} ({@code owner_cut_sold_ratio_30d}, {@code owner_buy_tao_30d}): 23 of 124
 * owners sold, median ratio 0.46; 10 bought, median 24.6 TAO. At Poisson times (mean tradeEveryBlocks) sellers sell
 * their share of the cut received since the last sale and buyers buy their 30-day amount pro rata, from this agent's
 * own wallet (walletTao) staked on the owner hotkey. Owners act on their own subnet's news, not on price.
 * On a subnet an adversary also owns (insider-collusion) the honest owner keeps selling its drawn share.
 */
public final class SubnetOwner extends Agent {
    private static final double WINDOW_BLOCKS = 30 * Trading.BLOCKS_PER_DAY;
    private final double sellerShare;
    private final double ratioMedian;
    private final double ratioSigma;
    private final double buyerShare;
    private final double buyMedianTao;
    private final double buySigma;
    private final double every;
    private final long walletRao;
    private final EarnedAlpha cuts = new EarnedAlpha();
    private double[] ratio = new double[0];
    private double[] buyRaoPerBlock = new double[0];
    private long lastBlock;

    public SubnetOwner(String id, AgentParams p) {
        super(id, p.type().id(), false);
        this.sellerShare = p.getDouble("sellerShare");
        this.ratioMedian = p.getDouble("sellRatioMedian");
        this.ratioSigma = p.getDouble("sellRatioSigma");
        this.buyerShare = p.getDouble("buyerShare");
        this.buyMedianTao = p.getDouble("buyTaoMedian");
        this.buySigma = p.getDouble("buyTaoSigma");
        this.every = p.getLong("tradeEveryBlocks");
        this.walletRao = Rao.ofTao(p.getDouble("walletTao"));
    }

    @Override
    public int coldkeyCount() {
        return 1;
    }

    @Override
    public long fundingPerColdkeyRao() {
        return walletRao;
    }

    @Override
    public void setup(SetupContext setup) {
        MarketView v = setup.view();
        for (int n : v.netuids()) {
            int hk = v.subnetOwnerHotkey(n);
            if (v.subnetOwner(n) >= 0 && hk >= 0) {
                cuts.track(v, setup.controlSubnetOwner(n), hk, n);
            }
        }
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        ratio = new double[cuts.size()];
        buyRaoPerBlock = new double[cuts.size()];
        for (int i = 0; i < cuts.size(); i++) {
            boolean sells = ctx.rng().nextDouble() < sellerShare;
            double r = ratioMedian * Temperament.factor(ctx.rng(), ratioSigma);
            boolean buys = ctx.rng().nextDouble() < buyerShare;
            double b = buyMedianTao * Temperament.factor(ctx.rng(), buySigma);
            ratio[i] = sells ? r : 0;
            buyRaoPerBlock[i] = buys ? Rao.PER_TAO * b / WINDOW_BLOCKS : 0;
        }
        lastBlock = startBlock - 1;
        return cuts.size() == 0 ? Long.MAX_VALUE : startBlock - 1 + Trading.poissonGap(ctx.rng(), every);
    }

    @Override
    public void act(AgentContext ctx) {
        MarketView v = ctx.view();
        long elapsed = v.block() - lastBlock;
        lastBlock = v.block();
        long budget = v.free(coldkey());
        for (int i = 0; i < cuts.size(); i++) {
            int n = cuts.netuid(i);
            if (ratio[i] > 0) {
                long alpha = cuts.sell(v, i, ratio[i], 0);
                if (alpha > 0) {
                    ctx.submit(new Extrinsic.RemoveStake(cuts.coldkey(i), cuts.hotkey(i), n, alpha, Extrinsic.NO_LIMIT,
                            false, 0, false));
                }
            }
            long tao = Math.min(budget, (long) (buyRaoPerBlock[i] * elapsed));
            if (tao >= Trading.MIN_ORDER_RAO && v.exists(n)) {
                budget -= tao;
                ctx.submit(new Extrinsic.AddStake(coldkey(), cuts.hotkey(i), n, tao, Extrinsic.NO_LIMIT, false, 0, false));
            }
        }
        ctx.wakeAt(v.block() - 1 + Trading.poissonGap(ctx.rng(), every));
    }
}
