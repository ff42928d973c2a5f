package io.dtaolab.experiment.search;

import java.util.List;

/**
 * A shrink: the input and the smallest strategy found that still has the property, each with its evaluation, the
 * reductions applied in order, how many candidate strategies were tried, and sizes before and after.
 */
public record ShrinkResult(String property, Evaluation original, Evaluation shrunk, List<String> steps, int trials,
                           StrategySize before, StrategySize after) {
    public ShrinkResult {
        steps = List.copyOf(steps);
    }
}
