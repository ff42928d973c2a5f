package io.dtaolab.experiment.search;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.SearchInvalid;
import io.dtaolab.scenario.SearchLoader;
import io.dtaolab.scenario.SearchSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Small search files for tests: bases are the shipped strategies, trimmed by set edits so a run takes a fraction of a second. */
final class SearchFixtures {
    static final Path SEARCH_DIR = Path.of("strategies/searches");

    /** Flow recycling on 6 synthetic subnets with enough honest flow for the objective to vary; 1,440-block runs. */
    static final String FLOW = """
            name: tiny-flow
            base: ../flow-recycler-two-presets.yaml
            set:
              preset: taoflow-2025-11
              blocks: 1440
              network.synthetic: { subnets: 6, taoReserveTao: [1000, 20000], priceTao: [0.001, 0.06], seed: 5 }
              honest.noise-trader: { count: 40, walletTao: 3000, sizeTaoMedian: 30, ratePerDay: 40 }
              honest.long-term-staker.count: 0
              honest.yield-chaser.count: 5
              adversaries[0].target: 5
              adversaries[0].start: 60b
            budgetTao: 150
            shrinkKeep: 0
            """;

    private SearchFixtures() {
    }

    static SearchSpec load(String yaml) throws SearchInvalid {
        return SearchLoader.load("test-search.yaml", yaml.getBytes(StandardCharsets.UTF_8), SEARCH_DIR);
    }

    static SearchResult search(String yaml, int threads) throws Exception {
        return new AttackSearch(load(yaml), threads, new RunControl(), SearchProgress.Listener.NONE).run();
    }

    static CandidateEvaluator evaluator(SearchSpec spec, ExecutorService pool) {
        return new CandidateEvaluator(spec.strategyDir(), spec.seeds(), Objective.byId(spec.objective()),
                RobustStatistic.byId(spec.statistic()), spec.constraints(), pool, new RunControl());
    }

    static List<Evaluation> feasible(BudgetResult b) {
        return b.evaluations().stream().filter(Evaluation::feasible).toList();
    }
}
