package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentFactory;
import io.dtaolab.agents.MarketView;
import io.dtaolab.agents.SetupContext;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;
import io.dtaolab.scenario.AdversarySpec;
import io.dtaolab.scenario.PopulationSpec;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import io.dtaolab.agents.Rng;
import java.util.stream.IntStream;

/**
 * Builds a world from a strategy: the network, the honest population (ids {@code type-i}, so the twin gets the
 * same agents and streams) and, in the attack world, the adversaries. Adversaries take their roles first.
 */
final class WorldBuilder {
    private WorldBuilder() {
    }

    static World build(StrategySpec spec, Mechanism mechanism, long seed, boolean withAdversaries, OrderingPolicy policy) {
        RngStreams streams = new RngStreams(seed);
        long runStart = NetworkFactory.startBlock(spec.network());
        List<Agent> agents = new ArrayList<>();
        for (PopulationSpec.HonestGroup g : spec.honest().groups()) {
            for (int i = 0; i < g.count(); i++) {
                agents.add(AgentFactory.honest(g.type(), g.params(), g.type().id() + "-" + i, runStart));
            }
        }
        int honestCount = agents.size();
        if (withAdversaries) {
            for (AdversarySpec a : spec.adversaries()) {
                agents.add(AgentFactory.adversary(a.id(), a.type(), a.params(), a.target(), a.budgetRao(),
                        runStart + a.startBlock(), runStart + a.stopBlock(), a.coldkeys(), a.shielded()));
            }
        }
        long funding = 0;
        for (Agent a : agents) {
            funding += a.fundingPerColdkeyRao() * a.coldkeyCount();
        }
        Network net = NetworkFactory.build(spec.network(), mechanism, funding);
        Rng[] rngs = new Rng[agents.size()];
        for (int i = 0; i < agents.size(); i++) {
            Agent a = agents.get(i);
            int[] keys = new int[a.coldkeyCount()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = net.createColdkey(a.id() + "#" + k, a.fundingPerColdkeyRao());
            }
            a.bind(keys);
            rngs[i] = streams.stream("agent:" + a.id());
        }
        int[] controlled = new int[net.accounts().hotkeyCount() + 1];
        java.util.Arrays.fill(controlled, -1);
        Roles roles = new Roles(net, controlled);
        // adversaries take their roles first, then honest agents take what is left
        for (int i = honestCount; i < agents.size(); i++) {
            roles.take(agents, i);
        }
        for (int i = 0; i < honestCount; i++) {
            roles.take(agents, i);
        }
        WorldSignals signals = new WorldSignals(net, streams, spec.network().quality().volatility(),
                spec.network().quality().meanReversion(), spec.network().neurons().miners() + spec.network().neurons().validators() + 1);
        int author = -1;
        if (policy == OrderingPolicy.ADVERSARIAL_AUTHOR) {
            for (int i = honestCount; i < agents.size(); i++) {
                if (agents.get(i).watchesMempool()) {
                    author = i;
                    net.setBlockAuthor(agents.get(i).coldkey());
                    break;
                }
            }
        }
        World world = new World(withAdversaries ? "attack" : "twin", net, agents, rngs, signals, policy, author, controlled);
        world.start();
        return world;
    }

    /**
     * Role hand-out at setup: each hotkey goes to at most one agent. A controlled validator is handed to the
     * agent's coldkey (it signs the validator's weights and receives its take); the subnet owner's coldkey is
     * added to the agent's keys.
     */
    private static final class Roles implements SetupContext {
        private final Network net;
        private final int[] controlled;
        private final MarketView view;
        private Agent agent;
        private int agentIndex;

        Roles(Network net, int[] controlled) {
            this.net = net;
            this.controlled = controlled;
            this.view = new MarketView(net);
        }

        void take(List<Agent> agents, int index) {
            agent = agents.get(index);
            agentIndex = index;
            agent.setup(this);
        }

        @Override
        public int controlSubnetOwner(int netuid) {
            int owner = net.subnetOwner(netuid);
            if (owner < 0) {
                throw new IllegalArgumentException("subnet " + netuid + " has no owner");
            }
            agent.grantColdkeys(owner);
            mark(net.subnetOwnerHotkey(netuid));
            return owner;
        }

        @Override
        public int[] controlValidators(int netuid, int count) {
            Neurons ns = net.neurons(netuid);
            if (ns == null) {
                return new int[0];
            }
            int[] picked = IntStream.range(1, ns.size())
                    .filter(u -> ns.isValidator(u) && !isControlled(ns.hotkey(u)))
                    .boxed()
                    .sorted(Comparator.comparingLong((Integer u) -> -net.hotkeyStake(ns.hotkey(u), netuid)).thenComparing(u -> u))
                    .limit(Math.max(0, count))
                    .mapToInt(u -> ns.hotkey(u))
                    .toArray();
            for (int hk : picked) {
                mark(hk);
                net.transferHotkey(hk, agent.coldkey());
            }
            return picked;
        }

        @Override
        public int[] ownerMiners(int netuid, int count) {
            Neurons ns = net.neurons(netuid);
            int owner = net.subnetOwner(netuid);
            if (ns == null || owner < 0) {
                return new int[0];
            }
            int[] uids = IntStream.range(1, ns.size()).filter(u -> !ns.isValidator(u)).limit(Math.max(0, count)).toArray();
            for (int u : uids) {
                net.transferHotkey(ns.hotkey(u), owner);
            }
            return uids;
        }

        @Override
        public int[] rootValidators(int count) {
            List<Integer> hotkeys = new ArrayList<>();
            for (int hk = 0; hk < net.accounts().hotkeyCount(); hk++) {
                if (net.hotkeyStake(hk, 0) > 0 && !isControlled(hk)) {
                    hotkeys.add(hk);
                }
            }
            hotkeys.sort(Comparator.comparingLong((Integer hk) -> -net.hotkeyStake(hk, 0)).thenComparing(hk -> hk));
            int[] picked = hotkeys.stream().limit(Math.max(0, count)).mapToInt(Integer::intValue).toArray();
            for (int hk : picked) {
                mark(hk);
                net.transferHotkey(hk, agent.coldkey());
            }
            return picked;
        }

        @Override
        public MarketView view() {
            return view;
        }

        private boolean isControlled(int hotkey) {
            return hotkey < controlled.length && controlled[hotkey] >= 0;
        }

        private void mark(int hotkey) {
            if (hotkey >= 0 && hotkey < controlled.length) {
                controlled[hotkey] = agentIndex;
            }
        }
    }
}
