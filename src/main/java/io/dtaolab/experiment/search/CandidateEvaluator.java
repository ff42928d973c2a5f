package io.dtaolab.experiment.search;

import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.scenario.SearchSpec.Constraints;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs candidate strategies (YAML text) on the search's seeds with the detectors watching, on a thread pool, and
 * scores them. Every (candidate, seed) run is its own task, so two threads help even with one seed; results are
 * assembled in submission order, so the outcome does not depend on the number of threads.
 */
public final class CandidateEvaluator implements CandidateScorer {
    /** Warmed worlds kept at once (one per seed up to this): a mainnet world is large. */
    static final int MAX_KEPT_WORLDS = 4;
    private final Path strategyDir;
    private final List<Long> seeds;
    private final Objective objective;
    private final RobustStatistic statistic;
    private final Constraints constraints;
    private final ExecutorService pool;
    private final RunControl control;
    /** Candidates differ in their adversaries: each seed's warm-up is stepped once and forked for every candidate. */
    private final WarmWorlds warm;
    /** Where candidate runs go instead of {@code pool} (the sweep workers), or null. */
    private final RemoteRuns remote;
    private final String searchId;
    private final AtomicLong tasks = new AtomicLong();

    public CandidateEvaluator(Path strategyDir, List<Long> seeds, Objective objective, RobustStatistic statistic,
                              Constraints constraints, ExecutorService pool, RunControl control) {
        this(strategyDir, seeds, objective, statistic, constraints, pool, control, null, "");
    }

    /** With {@code remote}, every candidate run is sent there as a task of search {@code searchId}. */
    public CandidateEvaluator(Path strategyDir, List<Long> seeds, Objective objective, RobustStatistic statistic,
                              Constraints constraints, ExecutorService pool, RunControl control, RemoteRuns remote,
                              String searchId) {
        this.remote = remote;
        this.searchId = searchId;
        this.strategyDir = strategyDir;
        this.seeds = List.copyOf(seeds);
        this.objective = objective;
        this.statistic = statistic;
        this.constraints = constraints;
        this.pool = pool;
        this.control = control;
        this.warm = new WarmWorlds(Math.min(MAX_KEPT_WORLDS, Math.max(1, this.seeds.size())));
    }

    /** A candidate before evaluation: its coordinates' values and its strategy text. */
    public record Candidate(Map<String, Object> values, String yaml) {
    }

    @Override
    public List<Evaluation> evaluate(List<Candidate> batch, int firstIndex, double budgetTao) throws InterruptedException {
        List<String> invalid = new ArrayList<>();
        List<List<Future<SeedResult>>> futures = new ArrayList<>();
        for (Candidate c : batch) {
            String[] error = new String[1];
            StrategySpec spec = CandidateRuns.check(c.yaml(), strategyDir, error);
            String why = spec == null ? error[0] : windowViolation(spec);
            invalid.add(why);
            List<Future<SeedResult>> runs = new ArrayList<>();
            if (why == null) {
                for (long seed : seeds) {
                    runs.add(remote != null ? remote.submit(new CandidateTask(searchId, String.format(Locale.ROOT, "t%07d-s%d",
                            tasks.getAndIncrement(), seed), seed, c.yaml(), strategyDir.toString()))
                            : pool.submit(() -> CandidateRuns.run(spec, seed, warm, control)));
                }
            }
            futures.add(runs);
        }
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            List<SeedResult> results = new ArrayList<>();
            for (Future<SeedResult> f : futures.get(i)) {
                results.add(await(f));
            }
            out.add(score(firstIndex + i, budgetTao, batch.get(i), results, invalid.get(i)));
        }
        return out;
    }

    /** Scores a candidate already run (or refused before running, with {@code refusal}). */
    Evaluation score(int index, double budgetTao, Candidate c, List<SeedResult> results, String refusal) {
        if (refusal != null) {
            return new Evaluation(index, budgetTao, c.values(), c.yaml(), List.of(), Double.NaN, false, refusal, false);
        }
        double[] values = results.stream().mapToDouble(s -> objective.of(s.measures())).toArray();
        double value = statistic.of(values);
        boolean detected = results.stream().anyMatch(SeedResult::detected);
        String why = null;
        if (constraints.noAlarms() && detected) {
            why = "detected";
        }
        if (why == null && constraints.minPnlTao().isPresent()) {
            double worst = results.stream().mapToDouble(s -> s.measures().adversaryPnlTao()).min().orElse(Double.NaN);
            if (!(worst >= constraints.minPnlTao().get())) {
                why = String.format(java.util.Locale.ROOT, "PnL %.2f below %.2f TAO", worst, constraints.minPnlTao().get());
            }
        }
        return new Evaluation(index, budgetTao, c.values(), c.yaml(), results, value, why == null, why, detected);
    }

    private String windowViolation(StrategySpec spec) {
        if (constraints.maxBlocks().isEmpty()) {
            return null;
        }
        long longest = spec.adversaries().stream().mapToLong(a -> a.stopBlock() - a.startBlock()).max().orElse(0);
        return longest > constraints.maxBlocks().get() ? "active for " + longest + " blocks, more than "
                + constraints.maxBlocks().get() : null;
    }

    private static SeedResult await(Future<SeedResult> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IllegalStateException("candidate run failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
