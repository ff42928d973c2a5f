package io.dtaolab.scenario;

import java.util.List;

/**
 * One searched coordinate. NUMBER and INTEGER span [min, max] (on a log scale when {@code log}); CHOICE picks one
 * of {@code choices} (booleans and enum values).
 *
 * @param path {@code params.<name>} for a type parameter, {@code start} or {@code length} for the active window
 */
public record SearchDim(String path, Kind kind, double min, double max, boolean log, List<Object> choices) {
    public enum Kind { NUMBER, INTEGER, CHOICE }

    public SearchDim {
        choices = List.copyOf(choices);
    }
}
