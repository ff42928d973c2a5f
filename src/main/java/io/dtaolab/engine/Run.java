package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.chain.BlockEmission;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;

/**
 * One run: the attack world and its honest-only twin stepped side by side, sampled every tempo. Each world has one
 * writer: the twin may step on its own thread ({@link TwinThread}), either world running ahead of the other within a
 * tempo and meeting at every tempo boundary for the comparison; the live block summaries, which carry the twin's
 * share, wait for the twin ({@link AwaitingTwin}). Commands arrive through {@link RunControl}; events leave through
 * {@link RunListener}, in the order and with the values of a run on one thread.
 */
public final class Run {
    /** Honest agents are marked to exit every this many tempos (and at the end): 10,000 marks are not free. */
    static final int HONEST_MARK_EVERY_TEMPOS = 20;

    private final StrategySpec spec;
    private final Mechanism mechanism;
    private final long seed;
    private final long blocks;
    private final OrderingPolicy policy;
    private final RunControl control;
    private final RunListener listener;
    private MonitorTrace attackMonitor;
    private MonitorTrace twinMonitor;
    private int worldThreads = Runtime.getRuntime().availableProcessors() > 1 ? 2 : 1;
    private java.util.function.BooleanSupplier spareCore = () -> false;
    private boolean separateTwin;
    private Consumer<ExtrinsicEvent> attackEvents;
    private Consumer<ExtrinsicEvent> twinEvents;
    private WarmWorlds warmWorlds;
    private java.util.function.LongConsumer beforeTwinBlock;

    public Run(StrategySpec spec, Mechanism mechanism, long seed, long blocks, OrderingPolicy policy, RunControl control,
               RunListener listener) {
        this.spec = spec;
        this.mechanism = mechanism;
        this.seed = seed;
        this.blocks = blocks;
        this.policy = policy;
        this.control = control;
        this.listener = listener;
    }

    /** Feeds each world's chain-monitor view (trades, weight sets) to a trace; either may be null. Call before execute. */
    public Run monitor(MonitorTrace attackTrace, MonitorTrace twinTrace) {
        this.attackMonitor = attackTrace;
        this.twinMonitor = twinTrace;
        return this;
    }

    /**
     * 2 steps the twin on a second thread (the default with more than one processor), 1 keeps both worlds on the
     * calling thread; the bytes are the same. Runs that already share the cores with others (sweeps, seeds) use 1.
     */
    public Run worldThreads(int threads) {
        if (threads < 1 || threads > 2) {
            throw new IllegalArgumentException("world threads must be 1 or 2");
        }
        this.worldThreads = threads;
        return this;
    }

    /**
     * With one world thread: asked at each tempo boundary after the fork; once it answers true the twin steps on its
     * own thread for the rest of the run (the bytes are the same). A multi-seed run says yes when a core has gone
     * idle (its last seeds).
     */
    public Run twinThreadWhen(java.util.function.BooleanSupplier spareCore) {
        this.spareCore = spareCore;
        return this;
    }

    /**
     * Builds the twin as a second world and steps it on its own from genesis, on the run's thread, instead of
     * copying the attack world at the fork: the reference the fork must equal (and the cost before the fork).
     */
    Run separateTwin() {
        this.separateTwin = true;
        this.worldThreads = 1;
        return this;
    }

    /** Test hook: called on the twin's own thread before each block index it steps there (e.g. to slow it down). */
    Run beforeTwinBlock(java.util.function.LongConsumer hook) {
        this.beforeTwinBlock = hook;
        return this;
    }

    /**
     * Starts from a warmed honest world kept in {@code kept} (warming and keeping it first if there is none), or, when
     * {@code kept} holds a saved state ({@link WarmWorlds#of(SavedState)}), from that state: the run's strategy, seed
     * and ordering must fit it ({@link SavedState#requireFits}).
     */
    public Run warmFrom(WarmWorlds kept) {
        this.warmWorlds = kept;
        return this;
    }

    public RunData execute() throws InterruptedException {
        long wallStart = System.nanoTime();
        long warmupBlocks = spec.warmupBlocks(mechanism);
        World attack = warmHonestWorld("attack", warmupBlocks);
        long startChainBlock = attack.network().block();
        Regime regime = Regime.of(attack.network(), warmupBlocks);
        List<Agent> joining = WorldBuilder.adversaries(spec, startChainBlock);
        // Attack world and twin are one world until the first adversary may act; there the twin is forked off and
        // the dormant adversaries leave it. Adversaries that take roles at setup (they change the chain when they
        // join) and an adversarial block author (it orders every block) make the twin fork off before they join.
        boolean joinChangesWorld = policy == OrderingPolicy.ADVERSARIAL_AUTHOR
                || joining.stream().anyMatch(Agent::takesRolesAtSetup);
        long forkBlock = joinChangesWorld ? startChainBlock : firstAdversaryBlock(spec, startChainBlock);
        World twin = null;
        boolean forked = false;
        if (spec.twin() && separateTwin) {
            twin = warmHonestWorld("twin", warmupBlocks);
            if (!joinChangesWorld) {
                twin.join(WorldBuilder.adversaries(spec, startChainBlock));
            }
            forked = joinChangesWorld;
        } else if (spec.twin() && joinChangesWorld) {
            twin = attack.fork("twin");
            forked = true;
        }
        attack.join(joining);
        if (twin != null) {
            twin.monitor(twinMonitor);
        }
        attack.monitor(spec.twin() && twin == null ? MonitorTrace.both(attackMonitor, twinMonitor) : attackMonitor);
        attackEvents = listener.extrinsics("attack");
        twinEvents = spec.twin() ? listener.extrinsics("twin") : null;
        // before the fork the twin's events are the attack world's, written after them block by block as before
        List<ExtrinsicEvent> sharedTwinEvents = new ArrayList<>();
        if (twin == null && twinEvents != null) {
            attack.onExtrinsic(e -> {
                if (attackEvents != null) {
                    attackEvents.accept(e);
                }
                sharedTwinEvents.add(e.inWorld("twin"));
            });
        } else {
            attack.onExtrinsic(attackEvents);
        }
        if (twin != null) {
            twin.onExtrinsic(twinEvents);
        }
        WorldAccounts accountsA = new WorldAccounts(attack);
        // until the fork the twin's accounts are the attack world's seen without its (dormant) adversaries
        WorldAccounts accountsT = !spec.twin() ? null : twin != null ? new WorldAccounts(twin, twin.honestCount())
                : new WorldAccounts(attack, attack.honestCount());
        Exposure exposure = new Exposure(attack);
        long[][] exitStart = new long[attack.agents().size()][];
        for (int i = 0; i < exitStart.length; i++) {
            if (attack.agents().get(i).adversary()) {
                exitStart[i] = AdversaryAccount.realisable(attack.network(), accountsA.startOf(accountsA.partyOfAgent(i)));
            }
        }
        long tradeMin = spec.outputs().tradeEventMinRao();
        List<RunData.Target> targets = targets(spec, startChainBlock);
        int target = targets.isEmpty() ? 0 : targets.get(0).netuid();
        int tempo = mechanism.tempo();
        AwaitingTwin awaiting = new AwaitingTwin(listener, blocks, tempo, target);
        long[] trades = new long[1];
        long[] twinTrades = new long[1]; // counted on the twin's thread
        attack.onTrade(t -> {
            trades[0]++;
            exposure.afterTrade(t);
            if (t.taoRao() >= tradeMin) {
                awaiting.trade(t);
            }
        });
        if (twin != null) {
            twin.onTrade(t -> twinTrades[0]++);
        }
        TempoRecorder recA = new TempoRecorder(attack);
        Blocks loop = new Blocks(attack, recA, exposure, awaiting, sharedTwinEvents, trades, twinTrades, target, tempo,
                forkBlock, accountsA, exitStart);
        loop.twin = twin;
        loop.recT = twin == null ? null : new TempoRecorder(twin);
        loop.forked = forked;
        if (twin != null && worldThreads > 1) {
            loop.twinThread = new TwinThread(twin, loop.recT, target, tempo, 0, loop.marks, beforeTwinBlock);
        }
        loop.run();
        twin = loop.twin;
        forked = loop.forked;
        TempoRecorder recT = loop.recT;
        long done = loop.done;
        boolean interrupted = loop.interrupted;
        List<TempoReport> tempos = loop.tempos;
        if (recA.hasOpenTempo()) {
            recA.closeTempo();
            if (recT != null) {
                recT.closeTempo();
            }
        }
        if (spec.twin() && !forked && twin != null) {
            twin.removeAgentsFrom(twin.honestCount());
        } else if (spec.twin() && twin == null) {
            // no adversary could act within the run: the twin is the attack world as it ends, adversaries removed
            twin = forkTwin(attack);
            recT = recA.forkFor(twin);
            twinTrades[0] = trades[0];
        }
        if (accountsT != null) {
            accountsT.moveTo(twin);
        }
        List<AgentOutcome> outcomes = new ArrayList<>(outcomes(attack));
        if (twin != null) {
            outcomes.addAll(outcomes(twin));
        }
        WorldLedger ledgerA = accountsA.close();
        List<AdversaryAccount> adversaries = new ArrayList<>();
        for (int i = 0; i < attack.agents().size(); i++) {
            Agent ag = attack.agents().get(i);
            if (ag.adversary()) {
                WorldLedger.Party p = ledgerA.parties().get(accountsA.partyOfAgent(i));
                AgentBook b = attack.book(i);
                adversaries.add(new AdversaryAccount(ag.id(), ag.type(), ag.target(), ag.budgetRao(), p.start(), p.end(),
                        exitStart[i], AdversaryAccount.realisable(attack.network(), p.end()), b.flows,
                        exposure.maxOf(i), b.executed, b.refused));
            }
        }
        return new RunData(spec.name(), mechanism.name(), seed, blocks, done, interrupted, startChainBlock, targets,
                recA.series(), recT == null ? null : recT.series(), tempos, outcomes, adversaries,
                exposure.maxTotal(), ledgerA, accountsT == null ? null : accountsT.close(),
                attack.network().stateHash(), twin == null ? 0 : twin.network().stateHash(), trades[0], twinTrades[0],
                (System.nanoTime() - wallStart) / 1e9, spec.outputs().distortionThresholdPct(), issuance(attack),
                regime, warmWorlds == null || warmWorlds.saved() == null ? null : warmWorlds.saved().describe());
    }

    /**
     * The block loop's state, one block per {@link #block} call: the JIT compiles a block as one method (and the
     * tempo boundary, the fork, a stop as their own) instead of on-stack replacing {@link #execute} whole, which
     * compiled the whole loop three times per process.
     */
    private final class Blocks {
        final World attack;
        final TempoRecorder recA;
        final Exposure exposure;
        final AwaitingTwin awaiting;
        final List<ExtrinsicEvent> sharedTwinEvents;
        final long[] trades;
        final long[] twinTrades;
        final int target;
        final int tempo;
        final long forkBlock;
        final WorldAccounts accountsA;
        final long[][] exitStart;
        /** The attack world's adversaries' agent indices, ascending. */
        final int[] adversaries;
        /** The twin values its honest agents on its own thread at the tempo boundaries where the run marks them. */
        final java.util.function.LongPredicate marks;
        final List<TempoReport> tempos = new ArrayList<>();
        final long loopStart = System.nanoTime();
        World twin;
        TempoRecorder recT;
        TwinThread twinThread;
        boolean forked;
        double redirected;
        double networkEmission;
        double honestLoss;
        long done;
        boolean interrupted;

        Blocks(World attack, TempoRecorder recA, Exposure exposure, AwaitingTwin awaiting,
               List<ExtrinsicEvent> sharedTwinEvents, long[] trades, long[] twinTrades, int target, int tempo,
               long forkBlock, WorldAccounts accountsA, long[][] exitStart) {
            this.attack = attack;
            this.recA = recA;
            this.exposure = exposure;
            this.awaiting = awaiting;
            this.sharedTwinEvents = sharedTwinEvents;
            this.trades = trades;
            this.twinTrades = twinTrades;
            this.target = target;
            this.tempo = tempo;
            this.forkBlock = forkBlock;
            this.accountsA = accountsA;
            this.exitStart = exitStart;
            this.adversaries = java.util.stream.IntStream.range(0, attack.agents().size())
                    .filter(a -> attack.agents().get(a).adversary()).toArray();
            this.marks = i -> (i % tempo == 0 || i == blocks)
                    && ((i - 1) / tempo % HONEST_MARK_EVERY_TEMPOS == 0 || i == blocks);
        }

        /**
         * Every block, then the twin thread (if any) stopped. The loop is here, not in {@link #execute}: its on-stack
         * replacement compiles this small method, and the trap at its exit (the end of a run) throws only this away.
         */
        void run() throws InterruptedException {
            try {
                for (long i = 1; i <= blocks; i++) {
                    if (!block(i)) {
                        break;
                    }
                }
            } finally {
                if (twinThread != null) {
                    twinThread.stop();
                }
            }
        }

        /** Block index {@code i} (from 1); false when the run was stopped before it (nothing stepped). */
        boolean block(long i) throws InterruptedException {
            if (twinThread == null && forked && twin != null && !separateTwin && (i - 1) % tempo == 0
                    && spareCore.getAsBoolean()) {
                // a core went idle: the twin (at block i - 1, like the attack world) moves to its own thread
                twinThread = new TwinThread(twin, recT, target, tempo, i - 1, marks, beforeTwinBlock);
            }
            if (twinThread != null && (i - 1) % tempo == 0) {
                twinThread.grantThrough(Math.min(blocks, i - 1 + tempo));
            }
            if (twinThread != null && awaiting.waiting() && (control.pace() > 0 || control.paused())) {
                // a paced or paused run hands over what it has before it waits: late by the twin's lag at most
                twinThread.awaitThrough(awaiting.queued());
                awaiting.deliverThrough(awaiting.queued(), twinThread, loopStart);
            }
            if (!control.awaitTurn(i - 1, loopStart)) {
                stopBefore(i);
                return false;
            }
            if (spec.twin() && !forked && attack.network().block() + 1 >= forkBlock) {
                fork(i);
            }
            stepAttack(attack, recA, exposure);
            if (!sharedTwinEvents.isEmpty()) {
                sharedTwinEvents.forEach(twinEvents);
                sharedTwinEvents.clear();
            }
            boolean tempoEnds = i % tempo == 0 || i == blocks;
            done = i;
            if (twinThread != null) {
                awaiting.block(i, attack.network().block(), target > 0 ? attack.network().emissionShare(target) : 0);
                if (tempoEnds) {
                    twinThread.awaitThrough(i);
                }
                awaiting.deliverThrough(twinThread.done(), twinThread, loopStart);
            } else {
                stepTwinHere(i);
            }
            if (tempoEnds) {
                closeTempo(i);
            }
            return true;
        }

        /** Stopped before block index {@code i}: either world may be ahead within the tempo, the one behind catches up. */
        private void stopBefore(long i) throws InterruptedException {
            interrupted = true;
            if (twinThread != null) {
                long twinDone = twinThread.stop();
                twinThread.finishThrough(i - 1);
                awaiting.deliverThrough(i - 1, twinThread, loopStart);
                for (long j = i; j <= twinDone; j++) {
                    stepAttack(attack, recA, exposure);
                    done = j;
                }
            }
        }

        /** The twin leaves the attack world before block index {@code i}. */
        private void fork(long i) {
            if (twin == null) {
                twin = forkTwin(attack);
                recT = recA.forkFor(twin);
                twinTrades[0] = trades[0];
                twin.onTrade(t -> twinTrades[0]++);
                if (worldThreads > 1) {
                    twinThread = new TwinThread(twin, recT, target, tempo, i - 1, marks, beforeTwinBlock);
                    twinThread.grantThrough(Math.min(blocks, ((i - 1) / tempo + 1) * tempo));
                }
            } else {
                twin.removeAgentsFrom(twin.honestCount());
            }
            forked = true;
        }

        /** One thread for both worlds: the twin steps after the attack world, and the block goes out at once. */
        private void stepTwinHere(long i) {
            if (twin != null) {
                twin.step();
                recT.afterBlock();
            }
            double twinShare = target <= 0 ? 0 : twin != null ? twin.network().emissionShare(target)
                    : spec.twin() ? attack.network().emissionShare(target) : 0;
            double elapsed = (System.nanoTime() - loopStart) / 1e9;
            listener.onBlock(new BlockSummary(i, blocks, attack.network().block(), elapsed > 0 ? i / elapsed : 0,
                    target > 0 ? attack.network().emissionShare(target) : 0, twinShare));
            awaiting.deliveredDirectly(i);
        }

        /**
         * The tempo boundary after block index {@code i}: ledger checks, series rows, the tempo report. What reads the
         * twin comes first; then the twin thread gets the next tempo, so it steps while this thread values the attack
         * world's honest agents and writes the report (the attack world's part, ~6 % of a year's run thread).
         */
        private void closeTempo(long i) {
            requireLedgerIntact(attack);
            if (twin != null) {
                requireLedgerIntact(twin);
            }
            recA.closeTempo();
            Series a = recA.series();
            int t = a.size() - 1;
            networkEmission += EmissionTally.network(a, t);
            double twinValue = Double.NaN;
            boolean mark = recT != null && (tempos.size() % HONEST_MARK_EVERY_TEMPOS == 0 || i == blocks);
            if (recT != null) {
                recT.closeTempo();
                if (target > 0) {
                    redirected += EmissionTally.redirected(a, recT.series(), t, target);
                }
                if (mark) {
                    twinValue = twinThread != null ? twinThread.honestValueAfter(i) : Double.NaN;
                    if (Double.isNaN(twinValue)) {
                        twinValue = twin.honestValueAtSpot(); // the twin is idle at a tempo boundary
                    }
                }
            }
            if (twinThread != null) {
                twinThread.grantThrough(Math.min(blocks, i + tempo)); // the twin's tempo rows are written: it may go on
            }
            if (mark) {
                honestLoss = twinValue - attack.honestValueAtSpot();
            }
            // before the fork the twin is the attack world itself: its columns are the attack world's
            boolean shared = spec.twin() && twin == null;
            TempoReport report = tempoReport(i, attack, shared ? attack : twin, recA, shared ? recA : recT,
                    target, redirected, networkEmission, honestLoss, accountsA, exitStart, adversaries, exposure);
            tempos.add(report);
            listener.onTempo(report);
        }
    }

    /**
     * The strategy's honest world after its warm-up ({@link WarmUp}): decoded from the saved state the run starts
     * from, forked from a warm-up kept for runs that differ only in their adversaries, or stepped here.
     */
    private World warmHonestWorld(String label, long warmupBlocks) throws InterruptedException {
        if (warmWorlds != null && (warmWorlds.saved() != null || warmupBlocks > 0 && !separateTwin)) {
            return warmWorlds.fork(spec, mechanism, seed, policy, warmupBlocks,
                    () -> WarmUp.world(spec, mechanism, seed, policy, warmupBlocks, label), label);
        }
        return WarmUp.world(spec, mechanism, seed, policy, warmupBlocks, label);
    }

    /** The twin forked off the attack world, adversaries removed; from here each world feeds its own monitor. */
    private World forkTwin(World attack) {
        World twin = attack.fork("twin");
        twin.removeAgentsFrom(attack.honestCount());
        attack.monitor(attackMonitor);
        twin.monitor(twinMonitor);
        attack.onExtrinsic(attackEvents);
        twin.onExtrinsic(twinEvents);
        return twin;
    }

    /** The first chain block in which an adversary may act (adversaries act only from their start). */
    static long firstAdversaryBlock(StrategySpec spec, long runStart) {
        long first = Long.MAX_VALUE;
        for (var a : spec.adversaries()) {
            first = Math.min(first, runStart + a.startBlock());
        }
        return first;
    }

    private RunData.Issuance issuance(World attack) {
        long start = Math.round(mechanism.totalIssuanceTao() * Rao.PER_TAO);
        return new RunData.Issuance(mechanism.totalIssuanceTao(), BlockEmission.forIssuance(start) / (double) Rao.PER_TAO,
                attack.network().blockEmission() / (double) Rao.PER_TAO);
    }

    private static void stepAttack(World attack, TempoRecorder rec, Exposure exposure) {
        attack.step();
        rec.afterBlock();
        if (exposure.any()) {
            exposure.afterBlock();
        }
    }

    /** The exact ledger identities are checked every tempo; a run that breaks them stops rather than report wrong numbers. */
    private static void requireLedgerIntact(World w) {
        List<String> problems = w.network().invariantViolations();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(w.label() + " world, block " + w.network().block() + ": " + problems);
        }
    }

    private static List<RunData.Target> targets(StrategySpec spec, long runStart) {
        List<RunData.Target> out = new ArrayList<>();
        for (var a : spec.adversaries()) {
            out.add(new RunData.Target(a.id(), a.type().id(), a.target(), runStart + a.startBlock(),
                    runStart + a.stopBlock(), Rao.toTao(a.budgetRao())));
        }
        return out;
    }

    private TempoReport tempoReport(long blockIndex, World attack, World twin, TempoRecorder recA, TempoRecorder recT,
                                    int target, double redirected, double networkEmission, double honestLoss,
                                    WorldAccounts accounts, long[][] exitStart, int[] adversaries, Exposure exposure) {
        Series a = recA.series();
        int t = a.size() - 1;
        Series.Rows ra = a.rows(t);
        Series.Rows rt = recT != null ? recT.series().rows(t) : null;
        double[] none = rt == null ? new double[a.width()] : null;
        Map<String, TempoReport.ClassMeasures> classes = new LinkedHashMap<>();
        List<Agent> agents = attack.agents();
        // the adversaries' indices, ascending, instead of a scan of every agent per tempo, which made this rare method
        // hot enough for C2 to compile it whole twice
        for (int i : adversaries) {
            Agent ag = agents.get(i);
            PartyHoldings now = attack.holdingsOf(i);
            AdversaryEconomics e = AdversaryEconomics.of(accounts.startOf(accounts.partyOfAgent(i)), now, exitStart[i],
                    AdversaryAccount.realisable(attack.network(), now), attack.book(i).flows);
            TempoReport.ClassMeasures m = new TempoReport.ClassMeasures(Rao.toTao(e.pnlRao()), exposure.maxOf(i),
                    Rao.toTao(e.costRao()), Rao.toTao(ag.budgetRao()));
            classes.merge(ag.type(), m, (x, y) -> new TempoReport.ClassMeasures(x.pnlTao() + y.pnlTao(),
                    x.capitalAtRiskTao() + y.capitalAtRiskTao(), x.costTao() + y.costTao(), x.budgetTao() + y.budgetTao()));
        }
        return new TempoReport(blockIndex, attack.network().block(), target, ra.share(), rt == null ? none : rt.share(),
                ra.spot(), ra.ema(), ra.flowEma(), ra.taoReserve(), ra.alphaReserve(), rt == null ? none : rt.spot(),
                rt == null ? none : rt.ema(), redirected, networkEmission, classes, honestLoss, attack.network().chainStateHash());
    }

    private static List<AgentOutcome> outcomes(World world) {
        List<AgentOutcome> out = new ArrayList<>();
        for (int i = 0; i < world.agents().size(); i++) {
            Agent a = world.agents().get(i);
            AgentBook b = world.book(i);
            out.add(new AgentOutcome(world.label(), a.id(), a.type(), a.adversary(), b.slippageTao, b.executed, b.refused));
        }
        return out;
    }
}
