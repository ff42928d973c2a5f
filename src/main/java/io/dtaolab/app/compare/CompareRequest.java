package io.dtaolab.app.compare;

import io.dtaolab.scenario.StrategySpec;
import java.util.List;

/** A checked request to compare presets: the strategy (with its twin), the presets in order, seed and length. */
public record CompareRequest(StrategySpec spec, List<String> presets, long seed, long blocks) {
    public CompareRequest {
        presets = List.copyOf(presets);
    }
}
