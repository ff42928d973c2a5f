package io.dtaolab.app.searches;

import io.dtaolab.experiment.search.SearchProgress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON payloads of a search's event stream ({@code GET /api/searches/{id}/events}). */
public final class SearchEvents {
    private SearchEvents() {
    }

    @Schema(name = "SearchStreamState", description = "The search's state; detail says why it failed")
    public record State(String search, String state, int evaluated, int totalEvaluations, String detail) {
    }

    @Schema(name = "SearchStreamProgress", description = "After each generation (phase search) or shrink round (phase "
            + "shrink): the budget being searched, candidates done of that budget's total and the best objective so far "
            + "at that budget (null before a feasible candidate)")
    public record Progress(String search, String phase, int budgetIndex, int budgets, double budgetTao, int done, int total,
                           Double bestObjective, int evaluated, int totalEvaluations) {
    }

    static State state(SearchHandle h) {
        return new State(h.id(), h.state().wire(), h.evaluated(), h.totalEvaluations(), h.error());
    }

    static Progress progress(SearchHandle h, SearchProgress p) {
        return new Progress(h.id(), p.phase(), p.budgetIndex(), p.budgets(), p.budgetTao(), p.done(), p.total(),
                Double.isNaN(p.bestObjective()) ? null : p.bestObjective(), h.evaluated(), h.totalEvaluations());
    }
}
