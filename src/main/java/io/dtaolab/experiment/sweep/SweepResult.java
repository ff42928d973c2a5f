package io.dtaolab.experiment.sweep;

import java.util.List;

/**
 * A sweep's results so far (partial while it runs): every completed outcome in run-key order, the per-cell
 * aggregates, the cost-of-attack curve and the outcomes that failed.
 */
public record SweepResult(SweepPlan plan, List<RunOutcome> outcomes, List<CellSummary> cells, List<CostPoint> costCurve) {
    public SweepResult {
        outcomes = List.copyOf(outcomes);
        cells = List.copyOf(cells);
        costCurve = List.copyOf(costCurve);
    }

    public boolean complete() {
        return outcomes.size() == plan.size();
    }

    public List<RunOutcome> failures() {
        return outcomes.stream().filter(RunOutcome::failed).toList();
    }
}
