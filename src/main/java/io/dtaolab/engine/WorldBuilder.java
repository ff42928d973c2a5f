package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.agents.AgentFactory;
import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Network;
import io.dtaolab.scenario.AdversarySpec;
import io.dtaolab.scenario.PopulationSpec;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a world from a strategy: the network, the honest population (ids {@code type-i}, so the twin gets the
 * same agents and streams) and, in the attack world, the adversaries (last, dormant until their start; they
 * take their roles first).
 */
final class WorldBuilder {
    private WorldBuilder() {
    }

    static World build(StrategySpec spec, Mechanism mechanism, long seed, boolean withAdversaries, OrderingPolicy policy) {
        long runStart = NetworkFactory.startBlock(spec.network());
        List<Agent> agents = agents(spec, runStart, withAdversaries);
        long funding = 0;
        for (Agent a : agents) {
            funding += a.fundingPerColdkeyRao() * a.coldkeyCount();
        }
        Network net = NetworkFactory.build(spec.network(), mechanism, funding);
        WorldSignals signals = new WorldSignals(net, new RngStreams(seed), spec.network().quality().volatility(),
                spec.network().quality().meanReversion(),
                spec.network().neurons().miners() + spec.network().neurons().validators() + 1);
        World world = new World(withAdversaries ? "attack" : "twin", net, new RngStreams(seed), signals, policy);
        world.join(agents);
        net.prepareBlocks();
        return world;
    }

    /** The agents of a world: the honest population (ids {@code type-i}), then the adversaries if asked for. */
    static List<Agent> agents(StrategySpec spec, long runStart, boolean withAdversaries) {
        List<Agent> agents = new ArrayList<>();
        for (PopulationSpec.HonestGroup g : spec.honest().groups()) {
            for (int i = 0; i < g.count(); i++) {
                agents.add(AgentFactory.honest(g.type(), g.params(), g.type().id() + "-" + i, runStart));
            }
        }
        if (withAdversaries) {
            agents.addAll(adversaries(spec, runStart));
        }
        return agents;
    }

    /** The strategy's adversaries, their windows counted from {@code measureStart} (an absolute chain block). */
    static List<Agent> adversaries(StrategySpec spec, long measureStart) {
        List<Agent> out = new ArrayList<>();
        for (AdversarySpec a : spec.adversaries()) {
            out.add(a.type() == AgentType.SCRIPT
                    ? AgentFactory.script(a.id(), a.actions(), a.target(), a.budgetRao(), measureStart + a.startBlock(),
                            measureStart + a.stopBlock(), a.coldkeys(), a.shielded(), measureStart)
                    : AgentFactory.adversary(a.id(), a.type(), a.params(), a.target(), a.budgetRao(),
                            measureStart + a.startBlock(), measureStart + a.stopBlock(), a.coldkeys(), a.shielded()));
        }
        return out;
    }
}
