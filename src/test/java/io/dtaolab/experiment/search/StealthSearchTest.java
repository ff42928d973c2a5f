package io.dtaolab.experiment.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.RunControl;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stealth objective's constraint handling on short flow-recycler runs (1,440 blocks), where the strongest
 * unflagged attack sits on the flow-gaming detector's hold boundary (stakes held 180 blocks or more, sold and bought
 * back, are flagged): with the same evaluation budget, the search with the graded penalty and boundary refinement
 * finds a stronger unflagged attack than the search that tells CMA-ES a constant for every flagged candidate (what
 * the search did before), on every optimiser seed tried, and at least what a larger uniform random sample finds.
 */
class StealthSearchTest {
    static final String STEALTH = SearchFixtures.FLOW + """
            search:
              params:
                cycleTao: { min: 5, max: 150, scale: log }
                holdBlocks: { min: 10, max: 500, scale: log }
            constraints: { noAlarms: true }
            evaluations: 25
            population: 6
            """;

    private static BudgetResult search(String yaml, boolean constant) throws Exception {
        AttackSearch s = new AttackSearch(SearchFixtures.load(yaml), 2, new RunControl(), SearchProgress.Listener.NONE);
        return (constant ? s.constantPenalty() : s).run().budgets().get(0);
    }

    @Test
    void gradedPenaltyAndRefinementBeatTheConstantPenaltyAndARandomSample() throws Exception {
        // a uniform random sample of the same budget (the base strategy, then 24 points), its own seed
        BudgetResult sample = new AttackSearch(SearchFixtures.load(STEALTH), 2, new RunControl(), SearchProgress.Listener.NONE)
                .randomBaseline(5).run().budgets().get(0);
        double sampled = sample.best().orElseThrow().objective();
        assertTrue(sample.evaluations().stream().anyMatch(Evaluation::detected), "the sample met flagged candidates");
        System.out.printf(java.util.Locale.ROOT, "random sample of 25: %.4f %s%n", sampled, sample.best().get().values());
        for (long seed : List.of(1L, 2L, 3L, 4L, 5L, 6L)) {
            String yaml = STEALTH + "seed: " + seed + "\n";
            BudgetResult graded = search(yaml, false);
            BudgetResult constant = search(yaml, true);
            Evaluation best = graded.best().orElseThrow();
            Evaluation before = constant.best().orElseThrow();
            assertFalse(best.detected(), best.toString());
            System.out.printf(java.util.Locale.ROOT, "seed %d: graded %.4f %s, constant %.4f %s%n", seed, best.objective(),
                    best.values(), before.objective(), before.values());
            assertEquals(25, graded.evaluations().size());
            assertEquals(constant.evaluations().get(0).yaml(), graded.evaluations().get(0).yaml(), "evaluation 0 is the base");
            assertTrue(graded.evaluations().stream().anyMatch(Evaluation::detected), "the constraint binds: " + seed);
            assertTrue(best.objective() > before.objective(), "seed " + seed + ": graded " + best.objective() + " "
                    + best.values() + " <= constant " + before.objective() + " " + before.values());
            assertTrue(best.objective() >= sampled, "seed " + seed + ": " + best.objective() + " below the random sample's "
                    + sampled);
        }
    }

    @Test
    void theStealthSearchGivesTheSameEvaluationsOnOneAndTwoThreads() throws Exception {
        String yaml = STEALTH + "seed: 2\n";
        BudgetResult a = new AttackSearch(SearchFixtures.load(yaml), 1, new RunControl(), SearchProgress.Listener.NONE).run()
                .budgets().get(0);
        BudgetResult b = search(yaml, false);
        assertEquals(a.evaluations().stream().map(Evaluation::yaml).toList(), b.evaluations().stream().map(Evaluation::yaml).toList());
        assertEquals(a.evaluations().stream().map(Evaluation::objective).toList(),
                b.evaluations().stream().map(Evaluation::objective).toList());
        assertEquals(a.best().orElseThrow().yaml(), b.best().orElseThrow().yaml());
    }

    @Test
    void anUnconstrainedSearchIsPlainCmaes() throws Exception {
        // no constraint: the constraint handling must not change a single evaluation
        String yaml = STEALTH.replace("constraints: { noAlarms: true }\n", "") + "seed: 3\n";
        BudgetResult now = search(yaml, false);
        BudgetResult plain = search(yaml, true);
        assertEquals(plain.evaluations().stream().map(Evaluation::yaml).toList(), now.evaluations().stream().map(Evaluation::yaml).toList());
    }
}
