package io.dtaolab.experiment.compare;

import java.util.List;

/** The same attack and twin under each preset, side by side, and which preset resisted best. */
public record Comparison(String strategy, long seed, long blocks, List<PresetResult> presets, String bestPreset,
                         String conclusion) {
    public Comparison {
        presets = List.copyOf(presets);
    }
}
