package io.dtaolab.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One grid cell: the axis values (path to value, in axis order), the cell's strategy as YAML text (what a remote
 * worker receives) and the validated spec of that text.
 */
public record SweepCell(int index, Map<String, Object> params, String strategyYaml, StrategySpec spec) {
    public SweepCell {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
