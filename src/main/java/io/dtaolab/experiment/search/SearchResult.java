package io.dtaolab.experiment.search;

import io.dtaolab.scenario.SearchSpec;
import java.util.List;

/**
 * A finished search: one result per budget, in ascending budget order, and how it was run ({@code method}: how the
 * candidates were chosen, e.g. "CMA-ES (Hipparchus)").
 */
public record SearchResult(SearchSpec spec, Objective objective, RobustStatistic statistic, int populationSize,
                           int dimension, List<BudgetResult> budgets, double wallSeconds, String method) {
    public SearchResult {
        budgets = List.copyOf(budgets);
    }
}
