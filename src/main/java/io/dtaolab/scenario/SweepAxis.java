package io.dtaolab.scenario;

import java.util.List;

/** One grid axis: a strategy field path and the values it takes (plain Java: Long, Double, String, Boolean, List, Map). */
public record SweepAxis(String path, List<Object> values) {
    public SweepAxis {
        values = List.copyOf(values);
    }
}
