package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentContext;
import io.dtaolab.agents.Extrinsic;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.Signals;
import io.dtaolab.agents.Submission;
import io.dtaolab.agents.honest.BackgroundValidators;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Rao;
import io.dtaolab.chain.StakeRow;
import java.util.ArrayList;
import java.util.List;
import io.dtaolab.agents.Rng;
import java.util.function.Consumer;

/**
 * One simulated world: the chain, its agents, their wake schedule and the mempool. A block is: coinbase
 * (chain on_initialize), agents due this block act, mempool watchers react to what they can see, the author
 * orders the pool, extrinsics execute ({@link ExtrinsicExecutor}), block ends. At each tempo boundary the honest
 * background ({@link BackgroundValidators}: validators no agent controls) votes before agents act.
 */
public final class World {
    private String label;
    private final Network net;
    private final MarketView view;
    private final RngStreams streams;
    private List<Agent> agents = List.of();
    /**
     * Each agent's random stream as its {@link Rng#state()}: one dense array instead of an object per agent, which was
     * one more cache miss per wake; the context lends the acting agent one {@link Rng} resumed from it.
     */
    private long[] streamStates = new long[0];
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
    private final ChainMonitorFeed feed;
    private final ExtrinsicExecutor executor;
    private final BackgroundValidators background;
    private final Ballot ballot = new Ballot();
    /**
     * Per agent, what the marking needs to know of it without a look at its object: {@link #ADVERSARY}, its coldkey
     * if it holds one (its book then holds that coldkey's positions only), or {@link #SEVERAL_COLDKEYS}. Coldkeys are
     * bound and granted when agents join, so this is set there.
     */
    private int[] markedColdkey = new int[0];
    private static final int ADVERSARY = -2;
    private static final int SEVERAL_COLDKEYS = -1;
    /**
     * Per agent with a {@link #markedColdkey}, the coldkey's {@link Network#positionEntries} at a moment its book was
     * seen to know every position the coldkey held (-1: not seen). While the count stays there, the coldkey holds no
     * position its book does not know, so the marking values its row without a look at the book.
     */
    private int[] bookCovers = new int[0];
    /** Markings of one agent that read its row alone, that merged it with its book, and covers given up (for tests). */
    long coveredMarks;
    long mergedMarks;
    long uncovered;
    /** Scratch for {@link #addHoldings}. */
    private final StakeRow row = new StakeRow();

    World(String label, Network net, RngStreams streams, WorldSignals signals, OrderingPolicy policy) {
        this.label = label;
        this.net = net;
        this.view = new MarketView(net);
        this.streams = streams;
        this.signals = signals;
        this.policy = policy;
        this.hotkeyController = new int[net.accounts().hotkeyCount() + 1];
        java.util.Arrays.fill(hotkeyController, -1);
        this.feed = new ChainMonitorFeed(net);
        this.executor = new ExtrinsicExecutor(net, feed);
        this.background = new BackgroundValidators(signals);
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
        streamStates = java.util.Arrays.copyOf(streamStates, n);
        books = java.util.Arrays.copyOf(books, n);
        requestedWake = java.util.Arrays.copyOf(requestedWake, n);
        for (int i = first; i < n; i++) {
            Agent a = agents.get(i);
            int[] keys = new int[a.coldkeyCount()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = net.createColdkey(a.id() + "#" + k, a.fundingPerColdkeyRao());
            }
            a.bind(keys);
            feed.funded(a.id(), keys, a.fundingPerColdkeyRao());
            streamStates[i] = streams.stream("agent:" + a.id()).state();
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
        markedColdkey = java.util.Arrays.copyOf(markedColdkey, n);
        bookCovers = java.util.Arrays.copyOf(bookCovers, n);
        java.util.Arrays.fill(bookCovers, first, n, -1);
        for (int i = first; i < n; i++) {
            Agent a = agents.get(i);
            markedColdkey[i] = a.adversary() ? ADVERSARY : a.boundColdkeyCount() == 1 ? a.coldkey() : SEVERAL_COLDKEYS;
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
        wakes.reserve(n); // one entry per agent at most: add never grows the heap inside the block loop
        for (int i = first; i < n; i++) {
            ctx.agent = i;
            requestedWake[i] = -1;
            long wake = agents.get(i).firstWake(ctx, net.block() + 1);
            ctx.done();
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
        executor.detachInCopy(detach);
        feed.detachInCopy(detach);
        World copy = DeepCopy.copy(this, detach);
        copy.label = copyLabel;
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
        streamStates = java.util.Arrays.copyOf(streamStates, honestCount);
        books = java.util.Arrays.copyOf(books, honestCount);
        requestedWake = java.util.Arrays.copyOf(requestedWake, honestCount);
        markedColdkey = java.util.Arrays.copyOf(markedColdkey, honestCount);
        bookCovers = java.util.Arrays.copyOf(bookCovers, honestCount);
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
        executor.onTrade(sink);
    }

    /** Feeds what a chain monitor sees to {@code m}; null (the default) turns the feed off. */
    void monitor(MonitorTrace m) {
        feed.traceTo(m);
    }

    /** Feeds every executed or refused extrinsic to {@code sink} (events.jsonl); null (the default) turns it off. */
    void onExtrinsic(Consumer<ExtrinsicEvent> sink) {
        executor.onExtrinsic(sink);
    }

    void step() {
        net.beginBlock();
        executor.beginBlock();
        long block = net.block();
        int tempo = net.mechanism().tempo();
        if (block % tempo == 0) {
            signals.stepQuality();
            background.vote(net, ballot);
        }
        if (block % WorldSignals.PRICE_SAMPLE_BLOCKS == 0) {
            signals.samplePrices();
        }
        view.chainStill(true);
        while (wakes.dueAt(block)) {
            int i = wakes.poll(block);
            ctx.agent = i;
            requestedWake[i] = -1;
            agents.get(i).act(ctx);
            ctx.done();
            if (requestedWake[i] > block) {
                wakes.add(requestedWake[i], i);
            }
        }
        if (!mempool.isEmpty()) {
            for (int i : watchers) {
                ctx.agent = i;
                requestedWake[i] = -1;
                agents.get(i).onMempool(ctx);
                ctx.done();
                // a watcher may ask to act again (a sandwich bot's next-block back-run under the same-block limit)
                if (requestedWake[i] > block) {
                    wakes.add(requestedWake[i], i);
                }
            }
            view.chainStill(false);
            for (Submission s : mempool.drain(policy, authorAgent)) {
                execute(s);
            }
        }
        view.chainStill(false);
        net.endBlock();
    }

    /**
     * Executes one submission and keeps its agent's book cover ({@link #bookCovers}): a stake that enters one new
     * position, the one the book then knows, keeps the book covering the coldkey's positions.
     */
    private void execute(Submission s) {
        int a = s.agentIndex();
        int ck = markedColdkey[a];
        int before = ck >= 0 ? net.positionEntries(ck) : -1;
        if (before < 0 || bookCovers[a] != before) {
            executor.execute(label, s, agents.get(a), books[a]);
            return;
        }
        Extrinsic x = s.extrinsic();
        int hotkey = -1;
        int netuid = -1;
        if (x instanceof Extrinsic.AddStake add && add.coldkey() == ck) {
            hotkey = add.hotkey();
            netuid = add.netuid();
        } else if (x instanceof Extrinsic.MoveStake move && move.coldkey() == ck) {
            hotkey = move.toHotkey();
            netuid = move.toNetuid();
        }
        boolean heldBefore = hotkey >= 0 && net.holdsShares(ck, hotkey, netuid);
        executor.execute(label, s, agents.get(a), books[a]);
        int after = net.positionEntries(ck);
        if (after == before) {
            return; // the row did not grow: the book (which only grows) still covers it
        }
        boolean enteredTheStaked = after == before + 1 && hotkey >= 0 && !heldBefore
                && net.holdsShares(ck, hotkey, netuid) && books[a].knows(ck, hotkey, netuid);
        if (!enteredTheStaked) {
            bookCovers[a] = -1;
            uncovered++;
        } else {
            bookCovers[a] = after;
        }
    }

    private boolean isControlled(int hotkey) {
        return hotkey < hotkeyController.length && hotkeyController[hotkey] >= 0
                && hotkeyController[hotkey] < agents.size();
    }

    /** The background's votes take effect at once, and a chain monitor sees them. */
    private final class Ballot implements BackgroundValidators.Ballot {
        @Override
        public boolean controlled(int hotkey) {
            return isControlled(hotkey);
        }

        @Override
        public void minerWeights(int hotkey, int netuid, double[] row) {
            net.setAggregateWeights(hotkey, netuid, row);
            feed.weights(netuid, hotkey, row);
        }

        @Override
        public void rootWeights(int hotkey, double[] weightsByNetuid) {
            net.setRootWeights(hotkey, weightsByNetuid);
            feed.rootWeights(hotkey, weightsByNetuid);
        }

        @Override
        public void holderVote(int coldkey, double[] weightsByNetuid) {
            net.setHolderVote(coldkey, weightsByNetuid);
            feed.holderVote(coldkey, weightsByNetuid);
        }
    }

    /** The agent's TAO (free and root stake) and alpha by netuid, read from the positions its book knows. */
    PartyHoldings holdingsOf(int agentIndex) {
        long[] alpha = new long[net.capacity()];
        return new PartyHoldings(addHoldings(agentIndex, alpha), alpha);
    }

    /**
     * Adds the agent's alpha by netuid to {@code alpha}; returns its TAO (free and root stake). Reads each coldkey's
     * row once and merges it with the book's positions (both in the chain's position order): a position the book does
     * not know (claimed alpha, an owner's earnings) is skipped, one without shares adds 0, as a read per position would.
     */
    private long addHoldings(int agentIndex, long[] alpha) {
        long tao = 0;
        for (int c : agents.get(agentIndex).coldkeys()) {
            tao += net.free(c);
        }
        AgentBook b = books[agentIndex];
        long[] positions = b.positions;
        int count = b.positionCount;
        int i = 0;
        while (i < count) {
            int ck = AgentBook.coldkey(positions[i]);
            net.stakesOf(ck, row);
            int m = row.size();
            int j = 0;
            for (; i < count && AgentBook.coldkey(positions[i]) == ck; i++) {
                long want = AgentBook.position(positions[i]);
                j = row.seek(j, want);
                if (j == m || row.key(j) != want) {
                    continue; // no shares: adds 0
                }
                int n = row.netuid(j);
                if (n == 0) {
                    tao += row.value(j);
                } else {
                    alpha[n] += row.value(j);
                }
            }
        }
        return tao;
    }

    /**
     * Honest agents' TAO plus alpha at spot, in TAO, summed in agent order (the live estimate of the value ledger's
     * honest parties). Same arithmetic as valuing {@link #holdingsOf} per agent, without an array per agent.
     */
    double honestValueAtSpot() {
        int w = net.capacity();
        double[] spot = new double[w];
        for (int n = 1; n < w; n++) {
            spot[n] = net.spotPrice(n);
        }
        long[] alpha = new long[w];
        double sum = 0;
        for (int i = 0; i < agents.size(); i++) {
            int ck = markedColdkey[i];
            if (ck == ADVERSARY) {
                continue;
            }
            if (ck >= 0) {
                sum += markColdkey(i, ck, spot); // no look at the agent's object
                continue;
            }
            AgentBook b = books[i];
            if (b.positionCount == 0 || AgentBook.coldkey(b.positions[0]) == AgentBook.coldkey(b.positions[b.positionCount - 1])) {
                sum += valueAtSpot(i, spot);
                continue;
            }
            double v = Rao.toTao(addHoldings(i, alpha));
            for (int n = 1; n < w; n++) {
                if (alpha[n] > 0) {
                    v += Rao.toTao(alpha[n]) * spot[n];
                }
                alpha[n] = 0;
            }
            sum += v;
        }
        return sum;
    }

    /** {@link #valueAtSpot(int, double[])} of an agent with a {@link #markedColdkey}; a covered book is not looked at. */
    private double markColdkey(int agentIndex, int ck, double[] spot) {
        int entries = net.positionEntries(ck);
        if (bookCovers[agentIndex] == entries) {
            coveredMarks++;
            return valueAtSpot(net.free(ck), ck, null, spot);
        }
        mergedMarks++;
        uncovered += bookCovers[agentIndex] >= 0 ? 1 : 0;
        double v = valueAtSpot(net.free(ck), ck, books[agentIndex], spot);
        if (rowKnown) {
            bookCovers[agentIndex] = entries;
        }
        return v;
    }

    /** Whether the last {@link #valueAtSpot(long, int, AgentBook, double[])} found every row position in the book. */
    private boolean rowKnown;

    /**
     * The agent's TAO plus alpha at spot when its book holds positions of one coldkey only: that coldkey's row comes in
     * netuid order (root first), so each subnet's alpha is summed in one run and valued as it ends, the same terms in
     * the same order as {@link #addHoldings} then a walk over every netuid, without that walk.
     */
    private double valueAtSpot(int agentIndex, double[] spot) {
        Agent a = agents.get(agentIndex);
        long tao = 0;
        for (int k = 0; k < a.boundColdkeyCount(); k++) {
            tao += net.free(a.coldkeyAt(k));
        }
        AgentBook b = books[agentIndex];
        return b.positionCount == 0 ? Rao.toTao(tao) : valueAtSpot(tao, AgentBook.coldkey(b.positions[0]), b, spot);
    }

    /**
     * {@link #valueAtSpot(int, double[])} given the agent's free TAO and the one coldkey its book's positions are of:
     * its row's positions the book knows (every one if {@code b} is null), walked in row order.
     */
    private double valueAtSpot(long tao, int positionsColdkey, AgentBook b, double[] spot) {
        net.stakesOf(positionsColdkey, row);
        int m = row.size();
        long[] positions = b == null ? null : b.positions;
        int count = b == null ? 0 : b.positionCount;
        int i = 0;
        int known = 0;
        double v = 0;
        boolean valued = false; // v holds the TAO term (every root entry comes before any subnet's)
        int runNetuid = 0;
        long runAlpha = 0;
        for (int j = 0; j < m; j++) {
            long key = row.key(j);
            if (positions != null) {
                while (i < count && AgentBook.position(positions[i]) < key) {
                    i++;
                }
                if (i == count || AgentBook.position(positions[i]) != key) {
                    continue; // a position the book does not know: skipped
                }
                known++;
            }
            int n = row.netuid(j);
            if (n == 0) {
                tao += row.value(j);
                continue;
            }
            if (n != runNetuid) {
                if (!valued) {
                    v = Rao.toTao(tao);
                    valued = true;
                } else if (runAlpha > 0) {
                    v += Rao.toTao(runAlpha) * spot[runNetuid];
                }
                runNetuid = n;
                runAlpha = 0;
            }
            runAlpha += row.value(j);
        }
        rowKnown = positions == null || known == m;
        if (!valued) {
            return Rao.toTao(tao);
        }
        return runAlpha > 0 ? v + Rao.toTao(runAlpha) * spot[runNetuid] : v;
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
        return executor.refusedTotal();
    }

    Signals signals() {
        return signals;
    }

    private final class Ctx implements AgentContext {
        int agent;
        /** The stream lent to agent {@code lent} (-1: none lent), in step with its state until {@link #done}. */
        private final Rng rng = new Rng(0);
        private int lent = -1;

        @Override
        public MarketView view() {
            return view;
        }

        @Override
        public Rng rng() {
            if (lent != agent) {
                done();
                rng.resume(streamStates[agent]);
                lent = agent;
            }
            return rng;
        }

        /** The acting agent is done: what it drew goes back to its stream. */
        void done() {
            if (lent >= 0) {
                streamStates[lent] = rng.state();
                lent = -1;
            }
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
                quoted = view.quoteSell(r.netuid(), r.alphaRao()); // often just quoted by the seller to size it
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
