package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentFactory;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.scenario.AdversarySpec;
import io.dtaolab.scenario.PopulationSpec;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a strategy's honest world (the network and the honest population, ids {@code type-i}) and its adversaries,
 * which join the world later ({@link World#join}): attack world and twin are one world until then.
 */
final class WorldBuilder {
    private WorldBuilder() {
    }

    /**
     * The honest world at genesis. The network's issuance is sized for the adversaries' budgets too, so they can be
     * funded from unmodelled holders when they join.
     */
    static World honest(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy policy, String label) {
        long runStart = NetworkFactory.startBlock(spec.network());
        List<Agent> agents = new ArrayList<>();
        for (PopulationSpec.HonestGroup g : spec.honest().groups()) {
            for (int i = 0; i < g.count(); i++) {
                agents.add(AgentFactory.honest(g.type(), g.params(), g.type().id() + "-" + i, runStart));
            }
        }
        long funding = 0;
        for (Agent a : agents) {
            funding += a.fundingPerColdkeyRao() * a.coldkeyCount();
        }
        for (AdversarySpec a : spec.adversaries()) {
            funding += a.budgetRao() / a.coldkeys() * a.coldkeys();
        }
        Network net = NetworkFactory.build(spec.network(), mechanism, funding);
        WorldSignals signals = new WorldSignals(net, new RngStreams(seed), spec.network().quality().volatility(),
                spec.network().quality().meanReversion(),
                spec.network().neurons().miners() + spec.network().neurons().validators() + 1);
        World world = new World(label, net, new RngStreams(seed), signals, policy);
        world.join(agents);
        return world;
    }

    /** The strategy's adversaries, their windows counted from {@code measureStart} (an absolute chain block). */
    static List<Agent> adversaries(StrategySpec spec, long measureStart) {
        List<Agent> out = new ArrayList<>();
        for (AdversarySpec a : spec.adversaries()) {
            out.add(AgentFactory.adversary(a.id(), a.type(), a.params(), a.target(), a.budgetRao(),
                    measureStart + a.startBlock(), measureStart + a.stopBlock(), a.coldkeys(), a.shielded()));
        }
        return out;
    }

    /** Honest world with the adversaries joined at genesis (no shared prefix): the attack world from block 0. */
    static World build(StrategySpec spec, Mechanism mechanism, long seed, boolean withAdversaries, OrderingPolicy policy) {
        World world = honest(spec, mechanism, seed, policy, withAdversaries ? "attack" : "twin");
        if (withAdversaries) {
            world.join(adversaries(spec, world.network().block()));
        }
        return world;
    }
}
