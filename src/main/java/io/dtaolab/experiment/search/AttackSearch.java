package io.dtaolab.experiment.search;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.SearchSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worst-attack search: for each budget, CMA-ES (Hipparchus) over the search space, starting at the base
 * strategy's own parameters (so evaluation 0 of every budget is the base attack), one generation evaluated in
 * parallel at a time, until the evaluation budget is spent. The best attack is then shrunk (attack only).
 * The fitness CMA-ES minimises is minus the objective; a candidate that breaks a constraint or is not a valid
 * strategy ranks below every feasible one. Identical candidates (after rounding integers and binning choices) are
 * run once. Same search file, seed and code give the same evaluations whatever the number of threads.
 */
public final class AttackSearch {
    static final double INFEASIBLE = 1e30;

    private final SearchSpec spec;
    private final int threads;
    private final RunControl control;
    private final SearchProgress.Listener listener;
    private final RemoteRuns remote;
    private final String searchId;

    public AttackSearch(SearchSpec spec, int threads, RunControl control, SearchProgress.Listener listener) {
        this(spec, threads, control, listener, null, "");
    }

    /**
     * With {@code remote}, candidate runs go there (tasks of search {@code searchId}) instead of local threads; the
     * evaluations, and so the best attack, are the same.
     */
    public AttackSearch(SearchSpec spec, int threads, RunControl control, SearchProgress.Listener listener, RemoteRuns remote,
                        String searchId) {
        this.remote = remote;
        this.searchId = searchId;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.spec = spec;
        this.threads = threads;
        this.control = control;
        this.listener = listener;
    }

    public SearchResult run() throws InterruptedException {
        long t0 = System.nanoTime();
        Objective objective = Objective.byId(spec.objective());
        RobustStatistic statistic = RobustStatistic.byId(spec.statistic());
        SearchSpace space = new SearchSpace(spec);
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CandidateEvaluator evaluator = new CandidateEvaluator(spec.strategyDir(), spec.seeds(), objective, statistic,
                    spec.constraints(), pool, control, remote, searchId);
            List<BudgetResult> results = new ArrayList<>();
            int population = 0;
            for (int b = 0; b < spec.budgetsTao().size(); b++) {
                ReplayCmaes cmaes = new ReplayCmaes(space.start(), spec.population(), spec.seed());
                population = cmaes.populationSize();
                BudgetSearch one = new BudgetSearch(b, spec.budgetsTao().get(b), space, evaluator, cmaes);
                List<Evaluation> evals = one.run();
                Optional<ShrinkResult> shrunk = Optional.empty();
                Optional<Evaluation> best = best(evals, false);
                if (spec.shrinkKeep() > 0 && best.isPresent()) {
                    shrunk = Optional.of(new Shrinker(spec.strategyDir(), evaluator, KeepProperty.atLeast(objective, statistic,
                            spec.shrinkKeep() * best.get().objective(), spec.constraints()), progress("shrink", b))
                            .shrink(best.get().yaml(), best.get().budgetTao()));
                }
                results.add(new BudgetResult(spec.budgetsTao().get(b), evals, evals.get(0), best, best(evals, true), shrunk));
            }
            return new SearchResult(spec, objective, statistic, population, space.dimension(), results,
                    (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The highest objective among feasible (and, if asked, undetected) candidates; the earliest on ties. */
    static Optional<Evaluation> best(List<Evaluation> evals, boolean undetectedOnly) {
        return evals.stream().filter(Evaluation::feasible).filter(e -> !undetectedOnly || !e.detected())
                .max(Comparator.comparingDouble(Evaluation::objective).thenComparing(e -> -e.index()));
    }

    private SearchProgress.Listener progress(String phase, int budgetIndex) {
        return p -> listener.onProgress(new SearchProgress(phase, budgetIndex, spec.budgetsTao().size(), p.budgetTao(),
                p.done(), p.total(), p.bestObjective()));
    }

    /** One budget's loop: ask a generation, evaluate it in parallel, tell CMA-ES, until the evaluations are spent. */
    private final class BudgetSearch {
        private final int index;
        private final double budgetTao;
        private final SearchSpace space;
        private final CandidateEvaluator evaluator;
        private final ReplayCmaes cmaes;
        private final Map<String, Evaluation> byYaml = new LinkedHashMap<>();
        private final List<Evaluation> evaluations = new ArrayList<>();
        private double bestSoFar = Double.NaN;

        BudgetSearch(int index, double budgetTao, SearchSpace space, CandidateEvaluator evaluator, ReplayCmaes cmaes) {
            this.index = index;
            this.budgetTao = budgetTao;
            this.space = space;
            this.evaluator = evaluator;
            this.cmaes = cmaes;
        }

        List<Evaluation> run() throws InterruptedException {
            while (evaluations.size() < spec.evaluations()) {
                if (control.cancelled()) {
                    throw new InterruptedException("search cancelled");
                }
                List<double[]> points = cmaes.nextBatch();
                points = points.subList(0, Math.min(points.size(), spec.evaluations() - evaluations.size()));
                List<CandidateEvaluator.Candidate> fresh = new ArrayList<>();
                List<CandidateEvaluator.Candidate> all = new ArrayList<>();
                for (double[] x : points) {
                    CandidateEvaluator.Candidate c = space.candidate(space.values(x), budgetTao);
                    all.add(c);
                    if (!byYaml.containsKey(c.yaml()) && fresh.stream().noneMatch(f -> f.yaml().equals(c.yaml()))) {
                        fresh.add(c);
                    }
                }
                for (Evaluation e : evaluator.evaluate(fresh, evaluations.size(), budgetTao)) {
                    byYaml.put(e.yaml(), e);
                }
                for (int i = 0; i < points.size(); i++) {
                    Evaluation known = byYaml.get(all.get(i).yaml());
                    Evaluation e = new Evaluation(evaluations.size(), budgetTao, all.get(i).values(), known.yaml(), known.seeds(),
                            known.objective(), known.feasible(), known.reason(), known.detected());
                    evaluations.add(e);
                    cmaes.tell(points.get(i), e.feasible() ? -e.objective() : INFEASIBLE);
                    if (e.feasible() && !(e.objective() <= bestSoFar)) {
                        bestSoFar = e.objective();
                    }
                }
                listener.onProgress(new SearchProgress("search", index, spec.budgetsTao().size(), budgetTao, evaluations.size(),
                        spec.evaluations(), bestSoFar));
            }
            return evaluations;
        }
    }
}
