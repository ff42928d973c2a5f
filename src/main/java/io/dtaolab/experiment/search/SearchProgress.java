package io.dtaolab.experiment.search;

/**
 * Where a search is: the budget being searched (index and TAO), evaluations done of that budget's total, and the
 * best feasible objective so far (NaN before the first feasible candidate). {@code phase} is search or shrink.
 */
public record SearchProgress(String phase, int budgetIndex, int budgets, double budgetTao, int done, int total,
                             double bestObjective) {
    /** Receives progress; called from the search's own thread. */
    public interface Listener {
        Listener NONE = p -> {
        };

        void onProgress(SearchProgress p);
    }
}
