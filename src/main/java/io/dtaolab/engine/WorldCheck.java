package io.dtaolab.engine;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.StrategySpec;
import java.util.Optional;

/**
 * Run admission after the loader: builds each preset's attack world once, as a run's first step does, so a file
 * the model cannot start from is refused before anything simulates. The loader is meant to catch all of these
 * with located errors; a problem found here is a gap in the loader's rules.
 */
public final class WorldCheck {
    private WorldCheck() {
    }

    /** Why no run of {@code spec} can start, or empty when every preset's world builds. */
    public static Optional<String> problem(StrategySpec spec) {
        for (Mechanism m : spec.mechanisms()) {
            try {
                WorldBuilder.build(spec, m, spec.seed(), true, OrderingPolicy.FEE_PRIORITY);
            } catch (RuntimeException e) {
                return Optional.of("the run cannot start on " + m.name() + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        return Optional.empty();
    }
}
