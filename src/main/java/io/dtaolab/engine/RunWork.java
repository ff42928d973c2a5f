package io.dtaolab.engine;

import io.dtaolab.agents.Agent;
import io.dtaolab.scenario.NetworkSpec;
import io.dtaolab.scenario.StrategySpec;

/**
 * What a run will cost, known before anything is built: {@code keys} coldkeys the agents hold (memory) and
 * {@code units} = blocks × (subnets + agents + keys) × worlds × presets (time), the unit a server's work budget is in.
 */
public record RunWork(long keys, long units) {

    public static RunWork of(StrategySpec spec, long blocks) {
        long subnets = spec.network().source() instanceof NetworkSpec.Snapshot s ? s.subnets().size()
                : ((NetworkSpec.Synthetic) spec.network().source()).subnets();
        long agents = 0;
        long keys = 0;
        for (Agent a : WorldBuilder.agents(spec, NetworkFactory.startBlock(spec.network()), true)) {
            agents++;
            keys += a.coldkeyCount();
        }
        long worlds = spec.twin() ? 2 : 1;
        return new RunWork(keys, saturating(blocks, (subnets + agents + keys) * worlds * spec.mechanisms().size()));
    }

    /** The work of {@code runs} runs like this one, saturating at Long.MAX_VALUE. */
    public RunWork times(long runs) {
        return new RunWork(keys, saturating(units, runs));
    }

    private static long saturating(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }
}
