package io.dtaolab.experiment.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluated candidate. {@code objective} is the robust statistic over its seeds; a candidate is
 * {@code feasible} when it is a valid strategy and meets every constraint on every seed ({@code reason} says why
 * not otherwise). {@code detected} is true when any seed raised an alarm on the target.
 *
 * @param index   0-based order of evaluation within its budget (0 is the base strategy's own parameters)
 * @param values  the searched coordinates' values, by path
 * @param yaml    the candidate strategy exactly as it was run
 */
public record Evaluation(int index, double budgetTao, Map<String, Object> values, String yaml, List<SeedResult> seeds,
                         double objective, boolean feasible, String reason, boolean detected) {

    public Evaluation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        seeds = List.copyOf(seeds);
    }

    /** Mean over seeds of a measure read by {@code f}. */
    public double mean(java.util.function.ToDoubleFunction<io.dtaolab.analysis.RunMeasures> f) {
        return seeds.stream().mapToDouble(s -> f.applyAsDouble(s.measures())).average().orElse(Double.NaN);
    }
}
