package io.dtaolab.analysis.detect;

import java.util.List;
import java.util.Map;

/** Every alarm raised on one world, and each detector's highest score per subnet (alarm or not). */
public record WorldDetection(List<Alarm> alarms, Map<String, Map<Integer, Double>> maxScores) {
    public WorldDetection {
        alarms = List.copyOf(alarms);
        maxScores = Map.copyOf(maxScores);
    }

    /** The detector's highest score on the subnet, or on any subnet when {@code netuid} is 0. */
    public double maxScore(String detector, int netuid) {
        Map<Integer, Double> m = maxScores.getOrDefault(detector, Map.of());
        if (netuid > 0) {
            return m.getOrDefault(netuid, 0.0);
        }
        return m.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
