package io.dtaolab.experiment.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One grid cell's aggregate over its completed runs: each requested measure's distribution and the share of runs
 * where the attack paid off (adversary PnL above 0).
 */
public record CellSummary(int cell, Map<String, Object> params, String preset, int runs, int failed, double paidOffShare,
                          Map<String, Stats> measures) {
    public CellSummary {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }
}
