package io.dtaolab.experiment.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.scenario.SearchDim;
import io.dtaolab.scenario.SearchSpec;
import io.dtaolab.scenario.StrategyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttackSearchTest {

    @Test
    void stealthObjectiveFindsTheStrongestAttackWithNoAlarm() throws Exception {
        String yaml = SearchFixtures.FLOW + """
                search:
                  params:
                    cycleTao: { values: [5, 20, 60, 150] }
                    holdBlocks: { values: [20, 80, 300, 1000] }
                constraints: { noAlarms: true }
                evaluations: 40
                population: 6
                """;
        SearchSpec spec = SearchFixtures.load(yaml);
        BudgetResult found = new AttackSearch(spec, 2, new io.dtaolab.engine.RunControl(), SearchProgress.Listener.NONE)
                .run().budgets().get(0);
        // the whole 4 × 4 grid, evaluated independently
        SearchSpace space = new SearchSpace(spec);
        List<CandidateEvaluator.Candidate> grid = new ArrayList<>();
        for (SearchDim cycle : List.of(space.dims().get(0))) {
            for (Object c : cycle.choices()) {
                for (Object h : space.dims().get(1).choices()) {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("params.cycleTao", c);
                    v.put("params.holdBlocks", h);
                    grid.add(space.candidate(v, 150));
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Evaluation> all;
        try {
            all = SearchFixtures.evaluator(spec, pool).evaluate(grid, 0, 150);
        } finally {
            pool.shutdownNow();
        }
        double bestQuiet = all.stream().filter(e -> !e.detected()).mapToDouble(Evaluation::objective).max().orElseThrow();
        double bestLoud = all.stream().filter(Evaluation::detected).mapToDouble(Evaluation::objective).max().orElseThrow();
        Evaluation best = found.best().orElseThrow();
        assertFalse(best.detected(), best.toString());
        assertEquals(bestQuiet, best.objective(), "strongest attack with no alarm over the whole grid");
        assertTrue(found.evaluations().stream().anyMatch(e -> !e.feasible() && "detected".equals(e.reason())),
                "alarmed candidates were refused");
        assertTrue(bestLoud > 0 && bestQuiet > 0, "both kinds exist on the grid: " + bestLoud + " / " + bestQuiet);
    }

    @Test
    void sameSearchFileAndSeedGiveTheSameBestOnOneAndTwoThreads(@TempDir Path tmp) throws Exception {
        String yaml = SearchFixtures.FLOW + """
                search:
                  params:
                    cycleTao: { min: 5, max: 150, scale: log }
                    holdBlocks: { min: 10, max: 1000, scale: log }
                  length: [300b, 1380b]
                seeds: 2
                statistic: q25
                evaluations: 10
                population: 4
                seed: 7
                """;
        SearchResult one = SearchFixtures.search(yaml, 1);
        SearchResult two = SearchFixtures.search(yaml, 2);
        BudgetResult a = one.budgets().get(0);
        BudgetResult b = two.budgets().get(0);
        assertEquals(a.evaluations().stream().map(Evaluation::yaml).toList(), b.evaluations().stream().map(Evaluation::yaml).toList());
        assertEquals(a.evaluations().stream().map(Evaluation::objective).toList(),
                b.evaluations().stream().map(Evaluation::objective).toList());
        assertEquals(a.best().orElseThrow().yaml(), b.best().orElseThrow().yaml());
        assertTrue(a.evaluations().stream().map(Evaluation::yaml).distinct().count() > 5, "the optimiser moved");
        assertTrue(a.best().get().objective() >= a.baseline().objective());

        // the written best strategy reproduces the objective exactly
        SearchOutputs.write(one, tmp);
        for (String f : List.of("best.yaml", "best-150.yaml", "evaluations.csv", "frontier.csv", "convergence.svg", "frontier.svg",
                "report.md", "report.json", "report.html")) {
            assertTrue(Files.size(tmp.resolve(f)) > 0, f);
        }
        assertEquals(11, Files.readAllLines(tmp.resolve("evaluations.csv")).size());
        // report.json's keys keep their written order (Map.of's order changes with every JVM start)
        List<String> optimiserKeys = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve("report.json").toFile()).path("optimiser")
                .fieldNames().forEachRemaining(optimiserKeys::add);
        assertEquals(List.of("library", "population", "dimension", "seed", "evaluationsPerBudget"), optimiserKeys);
        String written = Files.readString(tmp.resolve("best.yaml"));
        Files.copy(tmp.resolve("best.yaml"), SearchFixtures.SEARCH_DIR.resolve("../.search-test-best.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            assertTrue(StrategyLoader.check(SearchFixtures.SEARCH_DIR.resolve("../.search-test-best.yaml"))
                    instanceof io.dtaolab.scenario.LoadResult.Valid);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                SearchSpec spec = SearchFixtures.load(yaml);
                Evaluation again = SearchFixtures.evaluator(spec, pool).evaluate(
                        List.of(new CandidateEvaluator.Candidate(Map.of(), written)), 0, 150).get(0);
                assertEquals(a.best().get().objective(), again.objective(), "re-running best.yaml");
            } finally {
                pool.shutdownNow();
            }
        } finally {
            Files.deleteIfExists(SearchFixtures.SEARCH_DIR.resolve("../.search-test-best.yaml"));
        }
        String report = Files.readString(tmp.resolve("report.md"));
        assertTrue(report.contains("CMA-ES (Hipparchus), population 4, seed 7"), report);
    }
}
