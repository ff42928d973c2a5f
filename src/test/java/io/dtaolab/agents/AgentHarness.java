package io.dtaolab.agents;

import io.dtaolab.chain.ChainError;
import io.dtaolab.chain.ChainException;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.Rao;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A minimal world for agent tests (not the engine): funds agents, runs setup, wakes agents by block, collects their
 * submissions into a fee-priority mempool (tip, then arrival), lets mempool watchers react, and executes on the
 * network, recording every refusal.
 */
public final class AgentHarness {
    public final Network net;
    public final MarketView view;
    public final TestSignals signals;
    private final long seed;
    private final List<Agent> agents = new ArrayList<>();
    private final List<Rng> rngs = new ArrayList<>();
    private long[] nextWake = new long[0];
    private final PriorityQueue<long[]> queue = new PriorityQueue<>(
            Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
    private final List<Submission> mempool = new ArrayList<>();
    private long arrivals;
    /** Every submission in order, rendered deterministically. */
    public final List<String> log = new ArrayList<>();
    /** Refusals by agent index. */
    public final Map<Integer, EnumMap<ChainError, Integer>> refusals = new HashMap<>();
    public final int[] executed;
    public final int[] submitted;
    private final Map<Integer, Integer> controlled = new HashMap<>();

    public AgentHarness(Network net, long seed, int maxAgents) {
        this.net = net;
        this.view = new MarketView(net);
        this.seed = seed;
        this.signals = new TestSignals(net, seed);
        this.executed = new int[maxAgents];
        this.submitted = new int[maxAgents];
    }

    public int add(Agent a) {
        int idx = agents.size();
        int[] keys = new int[a.coldkeyCount()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = net.createColdkey(a.id() + "-" + i, a.fundingPerColdkeyRao());
        }
        a.bind(keys);
        agents.add(a);
        rngs.add(new Rng(seed ^ (a.id().hashCode() * 0x9E3779B97F4A7C15L)));
        a.setup(new Setup());
        return idx;
    }

    public Agent agent(int idx) {
        return agents.get(idx);
    }

    /** Schedules first wakes; call once after adding all agents. */
    public void start() {
        nextWake = new long[agents.size()];
        long startBlock = net.block() + 1;
        for (int i = 0; i < agents.size(); i++) {
            long w = agents.get(i).firstWake(new Ctx(i), startBlock);
            schedule(i, w);
        }
    }

    private void schedule(int i, long block) {
        nextWake[i] = block;
        if (block != Long.MAX_VALUE) {
            queue.add(new long[] {block, i});
        }
    }

    public void run(long blocks) {
        for (long k = 0; k < blocks; k++) {
            step();
        }
    }

    public void step() {
        net.beginBlock();
        long b = net.block();
        signals.record();
        while (!queue.isEmpty() && queue.peek()[0] <= b) {
            long[] e = queue.poll();
            int i = (int) e[1];
            if (nextWake[i] != e[0]) {
                continue; // superseded
            }
            nextWake[i] = Long.MAX_VALUE;
            Ctx ctx = new Ctx(i);
            agents.get(i).act(ctx);
            if (ctx.wake != Long.MAX_VALUE) {
                schedule(i, Math.max(ctx.wake, b + 1));
            }
        }
        for (int i = 0; i < agents.size(); i++) {
            if (agents.get(i).watchesMempool()) {
                Ctx ctx = new Ctx(i);
                agents.get(i).onMempool(ctx);
                if (ctx.wake != Long.MAX_VALUE) {
                    schedule(i, Math.max(ctx.wake, b + 1));
                }
            }
        }
        List<Submission> ordered = new ArrayList<>(mempool);
        mempool.clear();
        ordered.sort(Comparator.comparingLong((Submission s) -> -s.extrinsic().tip()).thenComparingLong(Submission::arrival));
        for (Submission s : ordered) {
            try {
                execute(s.extrinsic());
                executed[s.agentIndex()]++;
            } catch (ChainException e) {
                refusals.computeIfAbsent(s.agentIndex(), x -> new EnumMap<>(ChainError.class)).merge(e.error(), 1, Integer::sum);
            }
        }
        net.endBlock();
    }

    private void execute(Extrinsic x) {
        if (x instanceof Extrinsic.AddStake a) {
            net.addStake(a.coldkey(), a.hotkey(), a.netuid(), a.taoRao(), a.limitRaoPerAlpha(), a.allowPartial());
        } else if (x instanceof Extrinsic.RemoveStake r) {
            net.removeStake(r.coldkey(), r.hotkey(), r.netuid(), r.alphaRao(), r.limitRaoPerAlpha(), r.allowPartial());
        } else if (x instanceof Extrinsic.MoveStake m) {
            net.moveStake(m.coldkey(), m.fromHotkey(), m.fromNetuid(), m.toHotkey(), m.toNetuid(), m.alphaRao());
        } else if (x instanceof Extrinsic.SetWeights w) {
            net.setWeights(w.hotkey(), w.netuid(), w.weights());
        } else if (x instanceof Extrinsic.SetRootWeights w) {
            net.setRootWeights(w.hotkey(), w.weightsByNetuid());
        } else if (x instanceof Extrinsic.SetHolderVote h) {
            net.setHolderVote(h.coldkey(), h.weightsByNetuid());
        } else if (x instanceof Extrinsic.DestroyAlpha d) {
            net.destroyAlpha(d.coldkey(), d.hotkey(), d.netuid(), d.alphaRao(), d.recycle());
        } else if (x instanceof Extrinsic.RegisterSubnet r) {
            net.registerSubnet(r.coldkey(), r.hotkey());
        }
    }

    public int refused(int idx, ChainError e) {
        EnumMap<ChainError, Integer> m = refusals.get(idx);
        return m == null ? 0 : m.getOrDefault(e, 0);
    }

    /** Free TAO plus every stake of the agent's coldkeys valued at spot (root at 1). */
    public double wealthTao(int idx) {
        double sum = 0;
        for (int ck : agents.get(idx).coldkeys()) {
            sum += net.free(ck);
            for (int h = 0; h < net.accounts().hotkeyCount(); h++) {
                for (int n = 0; n < net.capacity(); n++) {
                    if (net.exists(n)) {
                        long s = net.stake(ck, h, n);
                        sum += s == 0 ? 0 : (n == 0 ? s : s * net.spotPrice(n));
                    }
                }
            }
        }
        return sum / Rao.PER_TAO;
    }

    static String render(Extrinsic x) {
        String s = x.toString();
        if (x instanceof Extrinsic.SetWeights w) {
            s = "SetWeights" + w.hotkey() + "/" + w.netuid() + Arrays.toString(w.weights());
        } else if (x instanceof Extrinsic.SetRootWeights w) {
            s = "SetRootWeights" + w.hotkey() + Arrays.toString(w.weightsByNetuid());
        } else if (x instanceof Extrinsic.SetHolderVote h) {
            s = "SetHolderVote" + h.coldkey() + Arrays.toString(h.weightsByNetuid());
        }
        return s;
    }

    private final class Ctx implements AgentContext {
        private final int idx;
        long wake = Long.MAX_VALUE;

        Ctx(int idx) {
            this.idx = idx;
        }

        @Override
        public MarketView view() {
            return view;
        }

        @Override
        public Rng rng() {
            return rngs.get(idx);
        }

        @Override
        public Signals signals() {
            return signals;
        }

        @Override
        public void submit(Extrinsic extrinsic) {
            mempool.add(new Submission(extrinsic, idx, arrivals++, 0));
            submitted[idx]++;
            log.add(net.block() + " " + agents.get(idx).id() + " " + render(extrinsic));
        }

        @Override
        public List<Submission> visibleMempool() {
            List<Submission> out = new ArrayList<>();
            for (Submission s : mempool) {
                if (s.agentIndex() != idx && !s.extrinsic().shielded()) {
                    out.add(s);
                }
            }
            return out;
        }

        @Override
        public void wakeAt(long block) {
            wake = block;
        }
    }

    private final class Setup implements SetupContext {
        @Override
        public int controlSubnetOwner(int netuid) {
            return net.subnetOwner(netuid);
        }

        @Override
        public int[] controlValidators(int netuid, int count) {
            Neurons ns = net.neurons(netuid);
            List<Integer> free = new ArrayList<>();
            for (int uid = 1; uid < ns.size(); uid++) {
                if (ns.isValidator(uid) && !controlled.containsKey(ns.hotkey(uid))) {
                    free.add(ns.hotkey(uid));
                }
            }
            free.sort(Comparator.comparingLong((Integer h) -> -net.hotkeyStake(h, netuid)).thenComparing(h -> h));
            int[] out = free.stream().limit(count).mapToInt(Integer::intValue).toArray();
            for (int h : out) {
                controlled.put(h, netuid);
            }
            return out;
        }

        @Override
        public int[] ownerMiners(int netuid, int count) {
            // the harness cannot re-key hotkeys: it hands over the uids only (their incentive stays payable)
            Neurons ns = net.neurons(netuid);
            List<Integer> uids = new ArrayList<>();
            for (int uid = 1; uid < ns.size() && uids.size() < count; uid++) {
                if (!ns.isValidator(uid)) {
                    uids.add(uid);
                }
            }
            return uids.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public int[] controlMiners(int netuid) {
            Neurons ns = net.neurons(netuid);
            List<Integer> coldkeys = new ArrayList<>();
            for (int uid = 1; uid < ns.size(); uid++) {
                int owner = net.hotkeyOwner(ns.hotkey(uid));
                if (!ns.isValidator(uid) && owner != net.subnetOwner(netuid) && !coldkeys.contains(owner)) {
                    coldkeys.add(owner);
                }
            }
            return coldkeys.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public int controlGenesisHolders() {
            return net.genesisHolder();
        }

        @Override
        public int[] rootValidators(int count) {
            List<Integer> all = new ArrayList<>();
            for (int n : net.netuids()) {
                Neurons ns = net.neurons(n);
                for (int uid = 1; uid < ns.size(); uid++) {
                    if (ns.isValidator(uid)) {
                        all.add(ns.hotkey(uid));
                    }
                }
            }
            all.sort(Comparator.comparingLong((Integer h) -> -net.hotkeyStake(h, 0)).thenComparing(h -> h));
            return all.stream().limit(count).mapToInt(Integer::intValue).toArray();
        }

        @Override
        public MarketView view() {
            return view;
        }
    }

    /** Signals for tests: fixed hidden qualities, hype with expiry, a spot-price history window. */
    public static final class TestSignals implements Signals {
        private static final int WINDOW = 8192;
        private final Network net;
        private final double[] quality;
        private final double[] hype;
        private final long[] hypeUntil;
        private final double[][] history;
        private long recorded;

        TestSignals(Network net, long seed) {
            this.net = net;
            int cap = net.capacity();
            SplittableRandom r = new SplittableRandom(seed * 31 + 7);
            quality = new double[cap];
            for (int n = 0; n < cap; n++) {
                quality[n] = 0.2 + r.nextDouble();
            }
            hype = new double[cap];
            hypeUntil = new long[cap];
            history = new double[cap][WINDOW];
        }

        void record() {
            int slot = (int) (recorded % WINDOW);
            for (int n = 0; n < net.capacity(); n++) {
                history[n][slot] = net.exists(n) ? net.spotPrice(n) : 0;
            }
            recorded++;
        }

        @Override
        public double quality(int netuid) {
            return quality[netuid];
        }

        @Override
        public double minerQuality(int netuid, int uid) {
            long h = (netuid * 1_000_003L + uid) * 0x9E3779B97F4A7C15L;
            return ((h >>> 11) & ((1L << 40) - 1)) / (double) (1L << 40);
        }

        @Override
        public double hype(int netuid) {
            return net.block() < hypeUntil[netuid] ? hype[netuid] : 1.0;
        }

        @Override
        public void hype(int netuid, double multiplier, long untilBlock) {
            hype[netuid] = multiplier;
            hypeUntil[netuid] = untilBlock;
        }

        @Override
        public double priceAgo(int netuid, int blocksAgo) {
            if (recorded == 0) {
                return net.spotPrice(netuid);
            }
            long ago = Math.min(blocksAgo, Math.min(recorded - 1, WINDOW - 1));
            return history[netuid][(int) ((recorded - 1 - ago) % WINDOW)];
        }
    }
}
