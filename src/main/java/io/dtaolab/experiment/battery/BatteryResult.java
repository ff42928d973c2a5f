package io.dtaolab.experiment.battery;

import io.dtaolab.experiment.compare.PresetResult;
import java.util.List;

/** The attack × preset matrix: {@code cells.get(attack).get(preset)}. */
public record BatteryResult(List<String> attacks, List<String> presets, List<List<Cell>> cells) {
    public BatteryResult {
        attacks = List.copyOf(attacks);
        presets = List.copyOf(presets);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** One run's result, or why there is none. */
    public record Cell(PresetResult result, String error) {
        public boolean detected() {
            return result != null && result.firstAlarmDelayBlocks() >= 0;
        }
    }
}
