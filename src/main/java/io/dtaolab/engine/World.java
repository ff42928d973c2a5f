package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Signals;
import io.dtaolab.agents.Submission;
import io.dtaolab.chain.ChainException;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.StakeResult;
import java.util.ArrayList;
import java.util.List;
import io.dtaolab.agents.Rng;
import java.util.function.Consumer;

/**
 * One simulated world: the chain, its agents, their wake schedule and the mempool. A block is: coinbase
 * (chain on_initialize), agents due this block act, mempool watchers react to what they can see, the author
 * orders the pool, extrinsics execute, block ends. Validators no agent controls keep scoring miners honestly.
 */
public final class World {
    private String label;
    private final Network net;
    private final MarketView view;
    private final RngStreams streams;
    private List<Agent> agents = List.of();
    private Rng[] rngs = new Rng[0];
    private AgentBook[] books = new AgentBook[0];
    private long[] requestedWake = new long[0];
    private final WakeQueue wakes = new WakeQueue();
    private final Mempool mempool = new Mempool();
    private final WorldSignals signals;
    private final OrderingPolicy policy;
    private int authorAgent = -1;
    /** Per hotkey, the index of the agent that controls it (signs its weights), or -1. */
    private int[] hotkeyController;
    private int[] watchers = new int[0];
    private final Ctx ctx = new Ctx();
    private static final Consumer<Trade> NO_TRADES = t -> { };
    private Consumer<Trade> tradeSink = NO_TRADES;
    private MonitorTrace monitor;
    private Consumer<ExtrinsicEvent> eventSink;
    private StakeResult lastResult;
    private String lastRefusal;
    private int positionInBlock;
    private long refusedTotal;

    World(String label, Network net, RngStreams streams, WorldSignals signals, OrderingPolicy policy) {
        this.label = label;
        this.net = net;
        this.view = new MarketView(net);
        this.streams = streams;
        this.signals = signals;
        this.policy = policy;
        this.hotkeyController = new int[net.accounts().hotkeyCount() + 1];
        java.util.Arrays.fill(hotkeyController, -1);
    }

    /**
     * Agents join the world between blocks: each gets its coldkeys, funded from holders the model does not
     * simulate, its random stream (keyed by its id, so joining never changes what others draw), the roles its
     * setup takes (hotkeys already controlled stay with their agent), and its first wake. Under
     * {@link OrderingPolicy#ADVERSARIAL_AUTHOR} the first adversary that watches the mempool becomes block author.
     */
    void join(List<Agent> newcomers) {
        int first = agents.size();
        List<Agent> all = new ArrayList<>(agents);
        all.addAll(newcomers);
        agents = List.copyOf(all);
        int n = agents.size();
        rngs = java.util.Arrays.copyOf(rngs, n);
        books = java.util.Arrays.copyOf(books, n);
        requestedWake = java.util.Arrays.copyOf(requestedWake, n);
        for (int i = first; i < n; i++) {
            Agent a = agents.get(i);
            int[] keys = new int[a.coldkeyCount()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = net.createColdkey(a.id() + "#" + k, a.fundingPerColdkeyRao());
            }
            a.bind(keys);
            rngs[i] = streams.stream("agent:" + a.id());
            books[i] = new AgentBook();
        }
        int hotkeys = net.accounts().hotkeyCount() + 1;
        if (hotkeyController.length < hotkeys) {
            int old = hotkeyController.length;
            hotkeyController = java.util.Arrays.copyOf(hotkeyController, hotkeys);
            java.util.Arrays.fill(hotkeyController, old, hotkeys, -1);
        }
        Roles roles = new Roles(net, hotkeyController);
        // adversaries take their roles first, then honest agents take what is left
        for (int i = first; i < n; i++) {
            if (agents.get(i).adversary()) {
                roles.take(agents, i);
            }
        }
        for (int i = first; i < n; i++) {
            if (!agents.get(i).adversary()) {
                roles.take(agents, i);
            }
        }
        List<Integer> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (agents.get(i).watchesMempool()) {
                w.add(i);
            }
        }
        watchers = w.stream().mapToInt(Integer::intValue).toArray();
        if (policy == OrderingPolicy.ADVERSARIAL_AUTHOR && authorAgent < 0) {
            for (int i = first; i < n; i++) {
                if (agents.get(i).adversary() && agents.get(i).watchesMempool()) {
                    authorAgent = i;
                    net.setBlockAuthor(agents.get(i).coldkey());
                    break;
                }
            }
        }
        for (int i = first; i < n; i++) {
            ctx.agent = i;
            requestedWake[i] = -1;
            long wake = agents.get(i).firstWake(ctx, net.block() + 1);
            if (wake > net.block()) {
                wakes.add(wake, i);
            }
        }
    }

    /**
     * A deep copy of this world between blocks (chain, agents, their random streams, wake schedule, signals,
     * mempool) under another label: stepped like the original it stays equal to it. The copy has no trade sink
     * and no monitor.
     */
    World fork(String copyLabel) {
        java.util.IdentityHashMap<Object, Object> detach = new java.util.IdentityHashMap<>();
        detach.put(tradeSink, NO_TRADES);
        if (monitor != null) {
            detach.put(monitor, null);
        }
        if (eventSink != null) {
            detach.put(eventSink, null);
        }
        World copy = DeepCopy.copy(this, detach);
        copy.eventSink = null;
        copy.label = copyLabel;
        copy.tradeSink = NO_TRADES;
        copy.monitor = null;
        return copy;
    }

    /**
     * Turns this world (a fork of the attack world taken before any adversary acted) into the honest-only twin:
     * the adversaries (the agents from {@code honestCount} on) leave; the hotkeys they controlled go back to the
     * chain's honest validators and an adversarial block author steps down. Their dormant funded accounts stay.
     */
    void removeAgentsFrom(int honestCount) {
        if (!mempool.isEmpty()) {
            throw new IllegalStateException("a world can only drop agents between blocks");
        }
        for (int i = honestCount; i < agents.size(); i++) {
            if (!agents.get(i).adversary() || books[i].executed + books[i].refused > 0) {
                throw new IllegalStateException("agent " + agents.get(i).id() + " cannot leave: not a dormant adversary");
            }
        }
        agents = List.copyOf(agents.subList(0, honestCount));
        rngs = java.util.Arrays.copyOf(rngs, honestCount);
        books = java.util.Arrays.copyOf(books, honestCount);
        requestedWake = java.util.Arrays.copyOf(requestedWake, honestCount);
        watchers = java.util.Arrays.stream(watchers).filter(i -> i < honestCount).toArray();
        wakes.retainAgentsBelow(honestCount);
        if (authorAgent >= honestCount) {
            authorAgent = -1;
            net.setBlockAuthor(-1);
        }
    }

    /** Forgets what the agents did so far (trades, fees, refusals), keeping the positions they hold. */
    void clearBooks() {
        for (int i = 0; i < books.length; i++) {
            books[i] = books[i].keepingPositions();
        }
    }

    void relabel(String newLabel) {
        label = newLabel;
    }

    /** Agents before the first adversary (adversaries come last). */
    int honestCount() {
        int h = 0;
        while (h < agents.size() && !agents.get(h).adversary()) {
            h++;
        }
        return h;
    }

    void onTrade(Consumer<Trade> sink) {
        this.tradeSink = sink;
    }

    /** Feeds what a chain monitor sees to {@code m}; null (the default) turns the feed off. */
    void monitor(MonitorTrace m) {
        this.monitor = m;
    }

    void step() {
        net.beginBlock();
        positionInBlock = 0;
        long block = net.block();
        int tempo = net.mechanism().tempo();
        if (block % tempo == 0) {
            signals.stepQuality();
            refreshUncontrolledValidators();
        }
        if (block % WorldSignals.PRICE_SAMPLE_BLOCKS == 0) {
            signals.samplePrices();
        }
        while (wakes.dueAt(block)) {
            int i = wakes.poll();
            ctx.agent = i;
            requestedWake[i] = -1;
            agents.get(i).act(ctx);
            if (requestedWake[i] > block) {
                wakes.add(requestedWake[i], i);
            }
        }
        if (!mempool.isEmpty()) {
            for (int i : watchers) {
                ctx.agent = i;
                agents.get(i).onMempool(ctx);
            }
            for (Submission s : mempool.drain(policy, authorAgent)) {
                execute(s);
            }
        }
        net.endBlock();
    }

    private void refreshUncontrolledValidators() {
        if (net.mechanism().shareRule() == io.dtaolab.chain.Mechanism.ShareRule.ROOT_VOTE) {
            refreshRootVotes();
        } else if (net.mechanism().shareRule() == io.dtaolab.chain.Mechanism.ShareRule.HOLDER_VOTE
                && net.genesisHolder() >= 0) {
            // holders the run does not model as agents vote their honest reading of subnet quality
            net.setHolderVote(net.genesisHolder(), honestQualityVote());
        }
        for (int n : net.netuids()) {
            Neurons ns = net.neurons(n);
            if (ns == null) {
                continue;
            }
            double[] row = null;
            for (int uid = 1; uid < ns.size(); uid++) {
                int hk = ns.hotkey(uid);
                if (!ns.isValidator(uid) || isControlled(hk)) {
                    continue;
                }
                if (row == null) {
                    row = backgroundRow(n, ns);
                }
                net.setAggregateWeights(hk, n, row);
                traceWeights(n, hk, row);
            }
        }
    }

    private boolean isControlled(int hotkey) {
        return hotkey < hotkeyController.length && hotkeyController[hotkey] >= 0
                && hotkeyController[hotkey] < agents.size();
    }

    /** The subnet's withheld share on the owner hotkey, the rest over the miners by quality. */
    private double[] backgroundRow(int n, Neurons ns) {
        double[] row = new double[ns.size()];
        double sum = 0;
        for (int m = 1; m < ns.size(); m++) {
            row[m] = ns.isValidator(m) ? 0 : signals.minerQuality(n, m);
            sum += row[m];
        }
        double withheld = signals.ownerWeightShare(n);
        if (withheld >= 1 || sum == 0) {
            java.util.Arrays.fill(row, 0);
            row[0] = withheld > 0 ? 1 : 0;
            return row;
        }
        for (int m = 1; m < ns.size(); m++) {
            row[m] *= (1 - withheld) / sum;
        }
        row[0] = withheld;
        return row;
    }

    private double[] honestQualityVote() {
        double[] w = new double[net.capacity()];
        for (int n : net.netuids()) {
            w[n] = signals.quality(n);
        }
        return w;
    }

    /** Root validators no agent controls vote their honest reading of subnet quality. */
    private void refreshRootVotes() {
        double[] w = honestQualityVote();
        for (int hk = 0; hk < net.accounts().hotkeyCount(); hk++) {
            if (!isControlled(hk) && net.hotkeyStake(hk, 0) > 0) {
                net.setRootWeights(hk, w);
            }
        }
    }

    /** Feeds every executed or refused extrinsic to {@code sink} (events.jsonl); null (the default) turns it off. */
    void onExtrinsic(Consumer<ExtrinsicEvent> sink) {
        this.eventSink = sink;
    }

    private void execute(Submission s) {
        if (eventSink == null) {
            apply(s);
            return;
        }
        Extrinsic x = s.extrinsic();
        int netuid = ExtrinsicEvent.netuidOf(x);
        boolean priced = netuid > 0 && net.exists(netuid);
        double before = priced ? net.spotPrice(netuid) : 0;
        lastResult = null;
        lastRefusal = null;
        apply(s);
        Agent agent = agents.get(s.agentIndex());
        long[] amounts = ExtrinsicEvent.moved(x, lastResult);
        eventSink.accept(new ExtrinsicEvent(net.block(), label, agent.id(), agent.type(), agent.adversary(), x.coldkey(),
                netuid, ExtrinsicEvent.kindOf(x), ExtrinsicEvent.sideOf(x), lastRefusal == null, lastRefusal, amounts[0],
                amounts[1], lastResult == null ? 0 : lastResult.feeRao(), before,
                priced && net.exists(netuid) ? net.spotPrice(netuid) : 0));
    }

    private void apply(Submission s) {
        Extrinsic x = s.extrinsic();
        AgentBook book = books[s.agentIndex()];
        Agent agent = agents.get(s.agentIndex());
        if (!agent.ownsColdkey(x.coldkey())) {
            book.refused++;
            refusedTotal++;
            lastRefusal = "not-signer";
            return;
        }
        try {
            if (x instanceof Extrinsic.AddStake a) {
                double spot = net.spotPrice(a.netuid());
                StakeResult r = net.addStake(a.coldkey(), a.hotkey(), a.netuid(), a.taoRao(), a.limitRaoPerAlpha(), a.allowPartial());
                lastResult = r;
                book.touch(a.coldkey(), a.hotkey(), a.netuid());
                double impact = Rao.toTao(r.taoRao()) - Rao.toTao(r.alphaRao()) * spot;
                double slip = s.quotedOut() > 0 && r.taoRao() == a.taoRao()
                        ? Math.max(0, Rao.toTao(s.quotedOut() - r.alphaRao()) * spot) : 0;
                record(s, agent, book, a.netuid(), true, r, impact, slip);
                traceTrade(a.coldkey(), a.netuid(), true, r, spot);
            } else if (x instanceof Extrinsic.RemoveStake rm) {
                double spot = net.spotPrice(rm.netuid());
                StakeResult r = net.removeStake(rm.coldkey(), rm.hotkey(), rm.netuid(), rm.alphaRao(), rm.limitRaoPerAlpha(), rm.allowPartial());
                lastResult = r;
                double impact = Rao.toTao(r.alphaRao()) * spot - Rao.toTao(r.taoRao());
                double slip = s.quotedOut() > 0 && r.alphaRao() == rm.alphaRao()
                        ? Math.max(0, Rao.toTao(s.quotedOut() - r.taoRao())) : 0;
                record(s, agent, book, rm.netuid(), false, r, impact, slip);
                traceTrade(rm.coldkey(), rm.netuid(), false, r, spot);
            } else if (x instanceof Extrinsic.MoveStake mv) {
                StakeResult r = net.moveStake(mv.coldkey(), mv.fromHotkey(), mv.fromNetuid(), mv.toHotkey(), mv.toNetuid(), mv.alphaRao());
                lastResult = r;
                book.touch(mv.coldkey(), mv.toHotkey(), mv.toNetuid());
                if (mv.fromNetuid() != mv.toNetuid()) {
                    book.flows.sell(mv.fromNetuid(), mv.alphaRao(), r.taoRao(), r.feeRao());
                    book.flows.buy(mv.toNetuid(), r.taoRao(), r.alphaRao(), 0);
                }
                book.executed++;
            } else if (x instanceof Extrinsic.SetWeights w) {
                requireHotkeyOwner(w.hotkey(), w.coldkey());
                net.setWeights(w.hotkey(), w.netuid(), w.weights());
                traceWeights(w.netuid(), w.hotkey(), w.weights());
                book.executed++;
            } else if (x instanceof Extrinsic.SetRootWeights rw) {
                requireHotkeyOwner(rw.hotkey(), rw.coldkey());
                net.setRootWeights(rw.hotkey(), rw.weightsByNetuid());
                book.executed++;
            } else if (x instanceof Extrinsic.SetHolderVote hv) {
                net.setHolderVote(hv.coldkey(), hv.weightsByNetuid());
                book.executed++;
            } else if (x instanceof Extrinsic.DestroyAlpha d) {
                book.flows.destroy(d.netuid(), net.destroyAlpha(d.coldkey(), d.hotkey(), d.netuid(), d.alphaRao(), d.recycle()));
                book.executed++;
            } else if (x instanceof Extrinsic.ClaimRoot c) {
                net.claimRoot(c.coldkey());
                book.executed++;
            } else if (x instanceof Extrinsic.SetRootClaimType t) {
                net.setRootClaimKeep(t.coldkey(), t.keep());
                book.executed++;
            } else if (x instanceof Extrinsic.RegisterSubnet reg) {
                net.registerSubnet(reg.coldkey(), reg.hotkey());
                book.executed++;
            }
        } catch (ChainException | IllegalArgumentException refused) {
            book.refused++;
            refusedTotal++;
            lastRefusal = refused instanceof ChainException c ? c.error().name() : "invalid";
        }
        positionInBlock++;
    }

    private void traceWeights(int netuid, int hotkey, double[] row) {
        if (monitor == null) {
            return;
        }
        Neurons ns = net.neurons(netuid);
        int owner = net.subnetOwner(netuid);
        double sum = 0;
        double toOwner = 0;
        for (int uid = 0; uid < row.length && uid < ns.size(); uid++) {
            sum += row[uid];
            // uid 0 is the owner hotkey: weight there is the subnet's public miner burn (recycled, paid to nobody),
            // which honest validators reproduce on every burning subnet; only owner-held miners receive incentive.
            if (uid > 0 && owner >= 0 && net.hotkeyOwner(ns.hotkey(uid)) == owner) {
                toOwner += row[uid];
            }
        }
        monitor.weights(net.block(), netuid, hotkey, net.hotkeyOwner(hotkey), owner, row, sum > 0 ? toOwner / sum : 0);
    }

    private void traceTrade(int coldkey, int netuid, boolean buy, StakeResult r, double priceBefore) {
        if (monitor != null) {
            monitor.trade(net.block(), positionInBlock, coldkey, netuid, buy, r.taoRao(), r.alphaRao(), priceBefore,
                    net.spotPrice(netuid), net.taoReserve(netuid));
        }
    }

    private void requireHotkeyOwner(int hotkey, int coldkey) {
        if (!net.accounts().isHotkey(hotkey) || net.hotkeyOwner(hotkey) != coldkey) {
            throw new IllegalArgumentException("hotkey " + hotkey + " is not owned by coldkey " + coldkey);
        }
    }

    private void record(Submission s, Agent agent, AgentBook book, int netuid, boolean buy, StakeResult r,
                        double impact, double slippage) {
        book.executed++;
        book.feesRao += r.feeRao();
        if (buy) {
            book.flows.buy(netuid, r.taoRao(), r.alphaRao(), r.feeRao());
        } else {
            book.flows.sell(netuid, r.alphaRao(), r.taoRao(), r.feeRao());
        }
        book.impactPaidTao += Math.max(0, impact);
        book.slippageTao += slippage;
        tradeSink.accept(new Trade(net.block(), label, agent.id(), agent.type(), agent.adversary(), netuid, buy,
                r.taoRao(), r.alphaRao(), r.feeRao(), impact, slippage));
    }

    /** The agent's TAO (free and root stake) and alpha by netuid, read from the positions its book knows. */
    PartyHoldings holdingsOf(int agentIndex) {
        long tao = 0;
        for (int c : agents.get(agentIndex).coldkeys()) {
            tao += net.free(c);
        }
        long[] alpha = new long[net.capacity()];
        AgentBook b = books[agentIndex];
        for (int i = 0; i < b.positionCount; i++) {
            long k = b.positions[i];
            int n = AgentBook.netuid(k);
            long held = net.stake(AgentBook.coldkey(k), AgentBook.hotkey(k), n);
            if (n == 0) {
                tao += held;
            } else {
                alpha[n] += held;
            }
        }
        return new PartyHoldings(tao, alpha);
    }

    /** The agent's TAO plus its alpha at spot, in TAO. */
    double valueAtSpot(int agentIndex) {
        PartyHoldings h = holdingsOf(agentIndex);
        double v = Rao.toTao(h.taoRao());
        for (int n = 1; n < h.alphaRao().length; n++) {
            if (h.alphaRao()[n] > 0) {
                v += Rao.toTao(h.alphaRao()[n]) * net.spotPrice(n);
            }
        }
        return v;
    }

    public String label() {
        return label;
    }

    public Network network() {
        return net;
    }

    public List<Agent> agents() {
        return agents;
    }

    AgentBook book(int agentIndex) {
        return books[agentIndex];
    }

    long refusedTotal() {
        return refusedTotal;
    }

    Signals signals() {
        return signals;
    }

    private final class Ctx implements AgentContext {
        int agent;

        @Override
        public MarketView view() {
            return view;
        }

        @Override
        public Rng rng() {
            return rngs[agent];
        }

        @Override
        public Signals signals() {
            return signals;
        }

        @Override
        public void submit(Extrinsic x) {
            long quoted = 0;
            if (x instanceof Extrinsic.AddStake a) {
                quoted = net.quoteBuy(a.netuid(), a.taoRao());
            } else if (x instanceof Extrinsic.RemoveStake r) {
                quoted = net.quoteSell(r.netuid(), r.alphaRao());
            }
            mempool.add(x, agent, quoted);
        }

        @Override
        public List<Submission> visibleMempool() {
            return mempool.visibleTo(agent);
        }

        @Override
        public void wakeAt(long block) {
            requestedWake[agent] = block;
        }
    }
}
