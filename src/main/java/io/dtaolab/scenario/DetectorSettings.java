package io.dtaolab.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code detectors:} section of a strategy file: per detector, whether it watches the run and its alarm threshold
 * (empty = the detector's default). Detectors not named are on at their defaults.
 */
public record DetectorSettings(Map<String, Setting> byDetector) {
    /**
     * Names a strategy file may use, in report order; must match the shipped detector bank (a test checks it: this
     * layer cannot see the detectors themselves).
     */
    public static final List<String> NAMES = List.of("wash-trading", "pump-and-dump", "collusion", "sandwich", "flow-gaming",
            "vote-capture", "ema-timing", "root-bribery");
    public static final double MAX_THRESHOLD = 1_000_000;
    public static final DetectorSettings DEFAULT = new DetectorSettings(Map.of());

    public DetectorSettings {
        byDetector = Collections.unmodifiableMap(new LinkedHashMap<>(byDetector));
    }

    public record Setting(boolean enabled, Optional<Double> threshold) {
    }

    public boolean enabled(String detector) {
        Setting s = byDetector.get(detector);
        return s == null || s.enabled();
    }

    /** Thresholds the file sets, by detector name (enabled detectors only). */
    public Map<String, Double> thresholds() {
        Map<String, Double> out = new LinkedHashMap<>();
        byDetector.forEach((name, s) -> s.threshold().filter(t -> s.enabled()).ifPresent(t -> out.put(name, t)));
        return out;
    }
}
