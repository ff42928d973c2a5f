package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Submission;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import io.dtaolab.chain.Rao;
import java.util.Arrays;

/**
 * Sandwich bot (11 months of mainnet sandwiches before MEV Shield). It watches the public mempool on every subnet;
 * for a visible AddStake of at least minVictimTao it front-runs with a buy at a higher tip and back-runs with a
 * sale of the alpha the front-run buys (less share-pool rounding dust, sold at the unwind), at tip 0 (behind the victim, FIFO). With useVictimLimit the
 * front-run is sized on a CPMM estimate of the reserves so the victim's final spot stays at or under its limit
 * (spot·(y+f+A)²/y² ≤ limit) — the victim still executes, at the worst price it accepted; it skips victims whose
 * limit leaves no room or whose estimated profit is below {@value Trading#MIN_ORDER_RAO} RAO. Shielded and
 * limit-tight orders are therefore safe. In eras with the same-block staking rate limit (v3-2025-07,
 * taoflow-2025-11, netflow-2026-05) it cannot unstake in the block it staked, so the back-run goes into the next
 * block it sees (its first look at a later mempool, or its wake), and it leaves that subnet alone in that block. Budget:
 * maxFrontRunTao per victim, capped by its free TAO.
 */
public final class SandwichBot extends AdversaryAgent {
    private final long minVictimRao;
    private final long maxFrontRao;
    private final boolean useVictimLimit;
    /** Positions (netuid, hotkey) to back-run next block in rate-limited eras; tiny. */
    private int[] pending = new int[0];
    private long pendingBlock = -1;
    private long attackedBlock = -1;
    private int[] attackedNetuids = new int[0];

    public SandwichBot(String id, AgentParams p, Attack a) {
        super(id, p, a);
        this.minVictimRao = Rao.ofTao(p.getDouble("minVictimTao"));
        this.maxFrontRao = Rao.ofTao(p.getDouble("maxFrontRunTao"));
        this.useVictimLimit = p.getBoolean("useVictimLimit");
    }

    @Override
    public boolean watchesMempool() {
        return true;
    }

    @Override
    protected void step(AgentContext ctx) {
        backRun(ctx);
        wake(ctx, attack.stopBlock());
    }

    /** Sells the positions front-run in an earlier block (rate-limited eras). */
    private void backRun(AgentContext ctx) {
        MarketView v = ctx.view();
        if (pending.length == 0 || v.block() <= pendingBlock) {
            return;
        }
        int ck = coldkey();
        for (int i = 0; i + 1 < pending.length; i += 2) {
            int n = pending[i];
            int hk = pending[i + 1];
            long held = v.exists(n) ? v.stake(ck, hk, n) : 0;
            if (held > 0 && v.quoteSell(n, held) > 0) {
                ctx.submit(new Extrinsic.RemoveStake(ck, hk, n, held, Extrinsic.NO_LIMIT, false, 0, attack.shielded()));
            }
        }
        // in this block those subnets are not front-run again: a new stake there would make the sale fail
        attackedBlock = v.block();
        attackedNetuids = new int[pending.length / 2];
        for (int i = 0; i < attackedNetuids.length; i++) {
            attackedNetuids[i] = pending[2 * i];
        }
        pending = new int[0];
    }

    /** Front-run size for a victim buy of {@code victimRao} with the given limit; 0 when there is no room. */
    long frontRunSize(MarketView v, int n, long victimRao, long limit, long free) {
        double y = v.taoReserve(n);
        double x = v.alphaReserve(n);
        double spot = v.spotPrice(n);
        if (y <= 0 || x <= 0 || spot <= 0) {
            return 0;
        }
        double phi = feeFraction(v, n, victimRao, y, x);
        double f = Math.min(maxFrontRao, free);
        if (useVictimLimit && limit != Extrinsic.NO_LIMIT) {
            double l = limit / (double) Rao.PER_TAO;
            if (l <= spot) {
                return 0;
            }
            double room = y * Math.sqrt(l / spot) - y - victimRao * (1 - phi);
            f = Math.min(f, room * 0.97 / (1 - phi));
        }
        if (f < Trading.MIN_ORDER_RAO) {
            return 0;
        }
        long front = (long) f;
        double af = v.quoteBuy(n, front);
        double y1 = y + front * (1 - phi);
        double x1 = x - af;
        double av = Trading.cpmmBuy(y1, x1, victimRao, phi);
        double y2 = y1 + victimRao * (1 - phi);
        double x2 = x1 - av;
        double out = Trading.cpmmSell(y2, x2, af, phi);
        return out - front > Trading.MIN_ORDER_RAO ? front : 0;
    }

    private static double feeFraction(MarketView v, int n, long probe, double y, double x) {
        double ideal = Trading.cpmmBuy(y, x, probe, 0);
        double quoted = v.quoteBuy(n, probe);
        return ideal > 0 ? Math.max(0, Math.min(0.5, 1 - quoted / ideal)) : 0;
    }

    @Override
    public void onMempool(AgentContext ctx) {
        MarketView v = ctx.view();
        if (!active(v)) {
            return;
        }
        backRun(ctx);
        if (attackedBlock != v.block()) {
            attackedBlock = v.block();
            attackedNetuids = new int[0];
        }
        int ck = coldkey();
        long free = v.free(ck);
        for (Submission s : ctx.visibleMempool()) {
            if (!(s.extrinsic() instanceof Extrinsic.AddStake victim)) {
                continue;
            }
            int n = victim.netuid();
            if (n == 0 || !v.exists(n) || victim.taoRao() < minVictimRao || contains(attackedNetuids, n)) {
                continue;
            }
            long front = frontRunSize(v, n, victim.taoRao(), victim.limitRaoPerAlpha(), free);
            int hk = Trading.validatorHotkey(v, n, ck);
            if (front == 0 || hk < 0) {
                continue;
            }
            // stake is a share pool: a deposit can read back a few RAO short, so leave that dust for the unwind
            long quoted = v.quoteBuy(n, front);
            long alpha = quoted - quoted / 1_000_000 - 1_000;
            ctx.submit(new Extrinsic.AddStake(ck, hk, n, front, Extrinsic.NO_LIMIT, false, victim.tip() + 1,
                    attack.shielded()));
            free -= front;
            attackedNetuids = append(attackedNetuids, n);
            if (v.sameBlockRateLimit()) {
                pending = append(append(pending, n), hk);
                pendingBlock = v.block();
                ctx.wakeAt(v.block() + 1);
            } else {
                ctx.submit(new Extrinsic.RemoveStake(ck, hk, n, alpha, Extrinsic.NO_LIMIT, false, 0, attack.shielded()));
            }
        }
    }

    private static boolean contains(int[] a, int x) {
        for (int e : a) {
            if (e == x) {
                return true;
            }
        }
        return false;
    }

    private static int[] append(int[] a, int x) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = x;
        return b;
    }
}
