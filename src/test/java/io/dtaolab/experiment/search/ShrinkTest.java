package io.dtaolab.experiment.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.SearchSpec;
import io.dtaolab.scenario.StrategySpec;
import io.dtaolab.scenario.StrategyTrees;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ShrinkTest {
    static final Path DIR = Path.of("strategies");

    /** A scripted stake that moves emission, with a planted useless adversary and useless actions around it. */
    static final String PLANTED = """
            name: planted
            seed: 99
            blocks: 1440
            preset: taoflow-2025-11
            # cold flow EMAs on purpose: one stake then captures emission, which gives the shrinker a clear property
            warmup: 0b
            network:
              synthetic: { subnets: 6, taoReserveTao: [1000, 20000], priceTao: [0.001, 0.06], seed: 5 }
            honest:
              noise-trader: { count: 40, walletTao: 3000, sizeTaoMedian: 30, ratePerDay: 40 }
              yield-chaser: { count: 5 }
            adversaries:
              - id: attacker
                type: script
                target: 5
                budgetTao: 400
                start: 60b
                actions:
                  - { at: 60b, action: stake, amountTao: 150 }
                  - { at: 100b, action: stake, netuid: 3, amountTao: 0.5 }
                  - { at: 200b, action: unstake, netuid: 4 }
                  - { at: 300b, action: unstake, netuid: 2, fraction: 0.5 }
              - id: idle
                type: script
                target: 1
                budgetTao: 5
                actions:
                  - { at: 500b, action: stake, netuid: 1, amountTao: 0.5 }
            """;

    @Test
    void shrinkRemovesThePlantedUselessAdversaryAndActionsAndKeepsTheProperty() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CandidateEvaluator evaluator = new CandidateEvaluator(DIR, List.of(99L), Objective.REDIRECTED, RobustStatistic.MEAN,
                    SearchSpec.Constraints.NONE, pool, new RunControl());
            double original = evaluator.evaluate(List.of(new CandidateEvaluator.Candidate(Map.of(), PLANTED)), 0, 0).get(0).objective();
            assertTrue(original > 50, "the planted attack redirects emission: " + original);
            KeepProperty keep = KeepProperty.parse(String.format(Locale.ROOT, "redirected >= %.3f", 0.8 * original), RobustStatistic.MEAN);
            ShrinkResult r = new Shrinker(DIR, evaluator, keep, SearchProgress.Listener.NONE, 60, true).shrink(PLANTED, 0);

            StrategySpec shrunk = ((LoadResult.Valid) StrategyTrees.check("s.yaml", r.shrunk().yaml(), DIR)).spec();
            assertEquals(List.of("attacker"), shrunk.adversaries().stream().map(a -> a.id()).toList(), r.steps().toString());
            List<ScriptAction> actions = shrunk.adversaries().get(0).actions();
            assertEquals(1, actions.size(), actions.toString());
            assertEquals(ScriptAction.Kind.STAKE, actions.get(0).kind());
            assertEquals(5, actions.get(0).netuid());
            assertTrue(r.shrunk().objective() >= 0.8 * original, "property kept: " + r.shrunk().objective());
            assertTrue(r.after().adversaries() < r.before().adversaries() && r.after().actions() < r.before().actions());
            assertTrue(r.trials() <= 60);
            assertEquals(r.steps().get(0), "dropped 1 of 2 adversaries", r.steps().toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepExpressionsAreCheckedAndTheInputMustHaveTheProperty() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> KeepProperty.parse("redirected >> 1", RobustStatistic.MEAN));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> KeepProperty.parse("redirection >= 1", RobustStatistic.MEAN));
        assertTrue(unknown.getMessage().contains("redirected_pct"), unknown.getMessage());
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            CandidateEvaluator evaluator = new CandidateEvaluator(DIR, List.of(99L), Objective.REDIRECTED, RobustStatistic.MEAN,
                    SearchSpec.Constraints.NONE, pool, new RunControl());
            assertThrows(IllegalArgumentException.class, () -> new Shrinker(DIR, evaluator,
                    KeepProperty.parse("redirected >= 1e9", RobustStatistic.MEAN), SearchProgress.Listener.NONE, 5, true).shrink(PLANTED, 0));
        } finally {
            pool.shutdownNow();
        }
    }
}
