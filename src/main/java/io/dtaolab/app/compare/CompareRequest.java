package io.dtaolab.app.compare;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.StrategySpec;
import java.util.List;

/**
 * A checked request to compare presets: the strategy (with its twin), the mechanisms in order (each preset with the
 * file's overrides applied), seed and length.
 */
public record CompareRequest(StrategySpec spec, List<Mechanism> mechanisms, long seed, long blocks) {
    public CompareRequest {
        mechanisms = List.copyOf(mechanisms);
    }

    /** The preset names, in order. */
    public List<String> presets() {
        return mechanisms.stream().map(Mechanism::name).toList();
    }
}
