package io.dtaolab.engine;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.StrategySpec;

/** The strategy's honest world after its warm-up, stepped here: what a run starts from when it has no saved state. */
final class WarmUp {
    private WarmUp() {
    }

    /**
     * The honest population trades alone for {@code warmupBlocks}, then the flow EMAs are set to the steady state of
     * the flows seen ({@link FlowWarmStart}) and the agents' books are cleared, so measures count from here.
     */
    static World world(StrategySpec spec, Mechanism mechanism, long seed, OrderingPolicy policy, long warmupBlocks,
                       String label) {
        World world = WorldBuilder.build(spec, mechanism, seed, false, policy);
        world.relabel(label);
        if (warmupBlocks > 0) {
            FlowWarmStart flows = new FlowWarmStart(world.network());
            for (long b = 0; b < warmupBlocks; b++) {
                world.step();
            }
            flows.apply(world.network());
            world.clearBooks();
        }
        return world;
    }
}
