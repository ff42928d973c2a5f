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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One simulated world: the chain, its agents, their wake schedule and the mempool. A block is: coinbase
 * (chain on_initialize), agents due this block act, mempool watchers react to what they can see, the author
 * orders the pool, extrinsics execute ({@link ExtrinsicExecutor}), block ends. At each tempo boundary the honest
 * background ({@link BackgroundValidators}: validators no agent controls) votes before agents act.
 */
public final class World {
    private final String label;
    private final Network net;
    private final MarketView view;
    private final List<Agent> agents;
    private final SplittableRandom[] rngs;
    private final AgentBook[] books;
    private final long[] requestedWake;
    private final WakeQueue wakes = new WakeQueue();
    private final Mempool mempool = new Mempool();
    private final WorldSignals signals;
    private final OrderingPolicy policy;
    private final int authorAgent;
    private final int[] watchers;
    private final Ctx ctx = new Ctx();
    private final ChainMonitorFeed feed;
    private final ExtrinsicExecutor executor;
    private final BackgroundValidators background;

    World(String label, Network net, List<Agent> agents, SplittableRandom[] rngs, WorldSignals signals,
          OrderingPolicy policy, int authorAgent, boolean[] controlledHotkey) {
        this.label = label;
        this.net = net;
        this.view = new MarketView(net);
        this.agents = List.copyOf(agents);
        this.rngs = rngs;
        this.signals = signals;
        this.policy = policy;
        this.authorAgent = authorAgent;
        this.books = new AgentBook[agents.size()];
        this.requestedWake = new long[agents.size()];
        List<Integer> w = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            books[i] = new AgentBook();
            if (agents.get(i).watchesMempool()) {
                w.add(i);
            }
        }
        this.watchers = w.stream().mapToInt(Integer::intValue).toArray();
        this.feed = new ChainMonitorFeed(net);
        this.executor = new ExtrinsicExecutor(label, net, this.agents, books, feed);
        this.background = new BackgroundValidators(signals,
                hk -> hk < controlledHotkey.length && controlledHotkey[hk]);
    }

    void onTrade(Consumer<Trade> sink) {
        executor.onTrade(sink);
    }

    /** Feeds every executed or refused extrinsic to {@code sink} (events.jsonl); null (the default) turns it off. */
    void onExtrinsic(Consumer<ExtrinsicEvent> sink) {
        executor.onExtrinsic(sink);
    }

    /** Feeds what a chain monitor sees to {@code m}; null (the default) turns the feed off. */
    void monitor(MonitorTrace m) {
        feed.traceTo(m);
    }

    /** Asks every agent for its first wake block. */
    void start() {
        for (int i = 0; i < agents.size(); i++) {
            ctx.agent = i;
            requestedWake[i] = -1;
            long first = agents.get(i).firstWake(ctx, net.block() + 1);
            if (first > net.block()) {
                wakes.add(first, i);
            }
        }
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
                executor.execute(s);
            }
        }
        net.endBlock();
    }

    /** The background's votes take effect at once, and a chain monitor sees the miner weights. */
    private final BackgroundValidators.Ballot ballot = new BackgroundValidators.Ballot() {
        @Override
        public void minerWeights(int hotkey, int netuid, double[] row) {
            net.setAggregateWeights(hotkey, netuid, row);
            feed.weights(netuid, hotkey, row);
        }

        @Override
        public void rootWeights(int hotkey, double[] weightsByNetuid) {
            net.setRootWeights(hotkey, weightsByNetuid);
        }

        @Override
        public void holderVote(int coldkey, double[] weightsByNetuid) {
            net.setHolderVote(coldkey, weightsByNetuid);
        }
    };

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
        return executor.refusedTotal();
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
        public SplittableRandom rng() {
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
