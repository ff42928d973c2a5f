package io.dtaolab.experiment.search;

import java.util.List;
import java.util.Optional;

/**
 * The search at one adversary budget: every evaluation in order, the base strategy's own parameters (evaluation 0),
 * the best feasible candidate, the best one no detector flagged, and the best shrunk (when shrinking was asked).
 */
public record BudgetResult(double budgetTao, List<Evaluation> evaluations, Evaluation baseline, Optional<Evaluation> best,
                           Optional<Evaluation> bestUndetected, Optional<ShrinkResult> shrunk) {
    public BudgetResult {
        evaluations = List.copyOf(evaluations);
    }
}
