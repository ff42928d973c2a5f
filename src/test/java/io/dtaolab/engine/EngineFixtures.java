package io.dtaolab.engine;

import io.dtaolab.analysis.Measures;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;

/** Loads the small engine test strategies and runs them. */
final class EngineFixtures {
    private EngineFixtures() {
    }

    static StrategySpec load(String name) throws Exception {
        return StrategyLoader.load(Path.of("src/test/resources/engine", name + ".yaml"));
    }

    static RunData run(StrategySpec spec, Mechanism m, long blocks) throws InterruptedException {
        return new Run(spec, m, spec.seed(), blocks, OrderingPolicy.FEE_PRIORITY, new RunControl(), RunListener.NONE).execute();
    }

    static RunMeasures measures(String name) throws Exception {
        StrategySpec spec = load(name);
        return Measures.of(run(spec, spec.mechanism(), spec.blocks()));
    }
}
