package io.dtaolab.experiment.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of one sweep run: every {@link Measure} (NaN where the run has no value), the preset it ran and the
 * attack world's final state hash; or the error that stopped it.
 */
public record RunOutcome(String runKey, int cell, long seed, String preset, Map<String, Double> measures,
                         long stateHash, String error) {

    public RunOutcome {
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    public boolean failed() {
        return error != null;
    }

    public double measure(Measure m) {
        Double v = measures.get(m.name());
        return v == null ? Double.NaN : v;
    }

    static RunOutcome failure(RunTask task, String error) {
        return new RunOutcome(task.runKey(), task.cell(), task.seed(), "", Map.of(), 0, error);
    }
}
