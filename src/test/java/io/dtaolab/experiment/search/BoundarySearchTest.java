package io.dtaolab.experiment.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.RunControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stealth search's boundary rounds on a synthetic objective shaped like the full-size flow recycler's (no
 * simulation: a {@link CandidateScorer} computes it). Over cycleTao (10–4,000, log) and holdBlocks (10–3,600, log),
 * a candidate is flagged when it holds more than 178 blocks; the redirect grows with the hold (as (hold/178)^0.7) and,
 * along the boundary, rises and falls with cycleTao with a ripple (peak 250 near cycleTao 2,300; 116 at 1,000 and
 * 210 at 3,500, roughly what the real hold-178 line gives). A single CMA-ES run ends on the boundary at a
 * seed-dependent cycleTao; the boundary rounds then search along the boundary.
 */
class BoundarySearchTest {
    static final String SPACE = SearchFixtures.FLOW + """
            search:
              params:
                cycleTao: { min: 10, max: 4000, scale: log }
                holdBlocks: { min: 10, max: 3600, scale: log }
            constraints: { noAlarms: true }
            evaluations: 49
            population: 6
            """;
    static final int EDGE = 178;

    /** The redirect on the boundary (hold 178) as a function of cycleTao. */
    static double alongEdge(double cycleTao) {
        double z = Math.log(cycleTao / 2300) / 0.45;
        return 250 * Math.exp(-z * z / 2) + 6 * Math.sin(cycleTao / 90);
    }

    static double objective(double cycleTao, double holdBlocks) {
        return alongEdge(cycleTao) * Math.pow(holdBlocks / EDGE, 0.7);
    }

    /** The best the boundary allows: the synthetic objective's maximum at hold 178, on a fine grid. */
    static double optimum() {
        double best = 0;
        for (double c = 10; c <= 4000; c += 0.25) {
            best = Math.max(best, alongEdge(c));
        }
        return best;
    }

    static final CandidateScorer SYNTHETIC = scorer(true);

    /** The synthetic objective; holds over 178 blocks are flagged (and infeasible when {@code noAlarms}). */
    static CandidateScorer scorer(boolean noAlarms) {
        return (batch, first, budget) -> {
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Map<String, Object> v = batch.get(i).values();
            double c = ((Number) v.get("params.cycleTao")).doubleValue();
            double h = ((Number) v.get("params.holdBlocks")).doubleValue();
            boolean flagged = h > EDGE;
            boolean feasible = !(noAlarms && flagged);
            out.add(new Evaluation(first + i, budget, v, batch.get(i).yaml(), List.of(new SeedResult(1, null, flagged,
                    flagged ? 1 : 0, 0)), objective(c, h), feasible, feasible ? null : "detected", flagged));
        }
        return out;
        };
    }

    static BudgetResult search(long seed, AttackSearch.Policy policy, int threads) throws Exception {
        return new AttackSearch(SearchFixtures.load(SPACE + "seed: " + seed + "\n"), threads, new RunControl(),
                SearchProgress.Listener.NONE).scorer(SYNTHETIC).policy(policy).run().budgets().get(0);
    }

    @Test
    void boundaryRoundsReachTheBoundaryOptimumOnEverySeedWhereTheSegmentPolicyDoesNot() throws Exception {
        double optimum = optimum();
        double goal = 0.97 * optimum;
        int segmentMisses = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Evaluation now = search(seed, AttackSearch.Policy.BOUNDARY, 1).best().orElseThrow();
            Evaluation before = search(seed, AttackSearch.Policy.SEGMENT, 1).best().orElseThrow();
            System.out.printf(Locale.ROOT, "seed %d: boundary %.2f %s, segment %.2f %s (optimum %.2f)%n", seed,
                    now.objective(), now.values(), before.objective(), before.values(), optimum);
            assertTrue(now.objective() >= goal, "seed " + seed + ": " + now.objective() + " " + now.values() + " < 97 % of "
                    + optimum);
            if (before.objective() < goal) {
                segmentMisses++;
            }
        }
        assertTrue(segmentMisses > 0, "the segment policy reached 97 % of the optimum on every seed too");
    }

    @Test
    void anUnconstrainedSearchIgnoresThePolicy() throws Exception {
        String yaml = SPACE.replace("constraints: { noAlarms: true }\n", "") + "seed: 2\n";
        List<String> runs = new ArrayList<>();
        for (AttackSearch.Policy p : AttackSearch.Policy.values()) {
            runs.add(new AttackSearch(SearchFixtures.load(yaml), 2, new RunControl(), SearchProgress.Listener.NONE)
                    .scorer(scorer(false)).policy(p).run().budgets().get(0).evaluations().stream().map(Evaluation::yaml).toList()
                    .toString());
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(runs.get(0), runs.get(2));
    }

    @Test
    void boundaryRoundsGiveTheSameEvaluationsOnOneAndTwoThreads() throws Exception {
        BudgetResult a = search(3, AttackSearch.Policy.BOUNDARY, 1);
        BudgetResult b = search(3, AttackSearch.Policy.BOUNDARY, 2);
        assertEquals(49, a.evaluations().size());
        assertEquals(a.evaluations().stream().map(Evaluation::yaml).toList(), b.evaluations().stream().map(Evaluation::yaml).toList());
    }
}
