package io.dtaolab.experiment.search;

import io.dtaolab.scenario.SearchSpec;
import java.util.List;

/** A finished search: one result per budget, in ascending budget order, and how it was run. */
public record SearchResult(SearchSpec spec, Objective objective, RobustStatistic statistic, int populationSize,
                           int dimension, List<BudgetResult> budgets, double wallSeconds) {
    public SearchResult {
        budgets = List.copyOf(budgets);
    }
}
