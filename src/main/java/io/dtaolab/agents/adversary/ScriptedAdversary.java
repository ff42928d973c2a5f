package io.dtaolab.agents.adversary;

import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Trading;
import io.dtaolab.agents.catalog.AgentParams;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * An adversary that does exactly what its file lists: each action at its block (actions of one block in file
 * order), nothing else. At stopBlock it sells every position its keys hold on every subnet the script touched, so
 * its PnL is marked to a real exit like every other adversary's. Actions outside [start, stop) never run (the
 * loader rejects them).
 */
public final class ScriptedAdversary extends AdversaryAgent {
    private final List<ScriptAction> actions;
    private final long runStartBlock;
    private final int[] touched;
    private int next;

    public ScriptedAdversary(String id, AgentParams p, Attack a, List<ScriptAction> actions, long runStartBlock) {
        super(id, p, a);
        this.actions = actions.stream().sorted(Comparator.comparingLong(ScriptAction::at)).toList();
        this.runStartBlock = runStartBlock;
        TreeSet<Integer> nets = new TreeSet<>();
        nets.add(a.target());
        for (ScriptAction s : actions) {
            nets.add(s.netuid());
            if (s.kind() == ScriptAction.Kind.MOVE) {
                nets.add(s.toNetuid());
            }
        }
        this.touched = nets.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public long firstWake(AgentContext ctx, long startBlock) {
        return actions.isEmpty() ? attack.stopBlock() : Math.max(startBlock, Math.max(attack.startBlock(), due(0)));
    }

    @Override
    protected void step(AgentContext ctx) {
        long now = ctx.view().block();
        while (next < actions.size() && due(next) <= now) {
            perform(ctx, actions.get(next++));
        }
        wake(ctx, next < actions.size() ? due(next) : attack.stopBlock());
    }

    @Override
    protected void unwind(AgentContext ctx) {
        for (int netuid : touched) {
            sellAll(ctx, netuid, coldkeys());
        }
    }

    private long due(int index) {
        return runStartBlock + actions.get(index).at();
    }

    private void perform(AgentContext ctx, ScriptAction s) {
        int[] keys = coldkeys();
        if (s.coldkey() >= keys.length) {
            return;
        }
        int ck = keys[s.coldkey()];
        MarketView v = ctx.view();
        switch (s.kind()) {
            case STAKE -> buy(ctx, ck, s.netuid(), s.amountRao(), 0);
            case UNSTAKE -> sell(ctx, ck, s.netuid(), share(held(v, ck, s.netuid()), s.fraction()), 0);
            case MOVE -> move(ctx, ck, s);
        }
    }

    private void move(AgentContext ctx, int ck, ScriptAction s) {
        MarketView v = ctx.view();
        int from = Trading.validatorHotkey(v, s.netuid(), ck);
        int to = Trading.validatorHotkey(v, s.toNetuid(), ck);
        long alpha = from < 0 ? 0 : share(v.stake(ck, from, s.netuid()), s.fraction());
        if (to < 0 || alpha <= 0) {
            return;
        }
        ctx.submit(new Extrinsic.MoveStake(ck, from, s.netuid(), to, s.toNetuid(), alpha, 0, attack.shielded()));
    }

    private static long share(long held, double fraction) {
        return fraction >= 1 ? held : (long) Math.floor(held * fraction);
    }
}
