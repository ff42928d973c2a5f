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
import org.hipparchus.random.MersenneTwister;

/**
 * The worst-attack search: for each budget, CMA-ES (Hipparchus) over the search space, starting at the base
 * strategy's own parameters (so evaluation 0 of every budget is the base attack), one generation evaluated in
 * parallel at a time, until the evaluation budget is spent. The best attack is then shrunk (attack only).
 * The fitness CMA-ES minimises is minus the objective; a candidate that is not a valid strategy ranks below every
 * feasible one. Identical candidates (after rounding integers and binning choices) are run once. Same search file,
 * seed and code give the same evaluations whatever the number of threads.
 *
 * <p>With constraints (e.g. the stealth objective, {@code noAlarms}) the best feasible attack often sits on the
 * constraint's boundary, and the objective along that boundary need not be monotone, so a single CMA-ES run ends at a
 * seed-dependent point of it. Three things, all only when the file has a constraint (an unconstrained search is
 * exactly plain CMA-ES): a candidate that ran but broke a constraint is told a graded fitness (behind every feasible
 * one, then by its distance to the best feasible candidate; see {@code BudgetSearch.fitness}), and once a candidate
 * has broken one, a CMA-ES generation none of whose strategies is new restarts CMA-ES around the best point with the
 * full step size and the next seed; once {@link #BOUNDARY_START} of the evaluations are spent and the constraint
 * binds, boundary rounds ({@code BudgetSearch.boundaryRound}): the coordinate the constraint binds along is found,
 * the gap between its feasible and infeasible edge is closed by multisection, then a second Hipparchus CMA-ES
 * searches the other coordinates with that coordinate held at the feasible edge (a line search along the boundary).
 * The earlier policies ({@link Policy}) are kept for tests to compare.
 *
 * <p>{@link #randomBaseline} replaces the optimiser by uniform random points (after the base strategy), a baseline to
 * judge the optimiser against.
 */
public final class AttackSearch {
    static final double INFEASIBLE = 1e30;
    /** Told for a constraint-breaking candidate while no candidate is feasible yet, plus its violation. */
    static final double NO_FEASIBLE = 1e15;
    /** Share of a constrained search's evaluations kept for boundary refinement rounds (the {@code SEGMENT} policy). */
    static final double REFINE_SHARE = 1.0 / 3;
    /** Share of a constrained search's evaluations spent on CMA-ES alone before boundary rounds may start. */
    static final double BOUNDARY_START = 1.0 / 3;
    /** Added to the search file's seed for the CMA-ES that runs along a constraint boundary. */
    static final long LINE_SEED = 104_729L;
    /** Initial step size (unit cube) of the CMA-ES along a boundary: a local search around the best feasible point. */
    static final double LINE_SIGMA = 0.1;

    /**
     * What a constrained search does with candidates that break a constraint. {@code BOUNDARY} is the search's policy;
     * the others are its earlier ones, kept so tests can compare: {@code CONSTANT} tells CMA-ES one constant for every
     * such candidate (before c514695), {@code SEGMENT} is the graded penalty with segment refinement in the last third
     * of the evaluations (c514695 to this policy).
     */
    enum Policy { CONSTANT, SEGMENT, BOUNDARY }

    private final SearchSpec spec;
    private final int threads;
    private final RunControl control;
    private final SearchProgress.Listener listener;
    private final RemoteRuns remote;
    private final String searchId;
    private Long randomBaseline;
    private Policy policy = Policy.BOUNDARY;
    /** Scores candidates instead of simulation runs (tests), or null. */
    private CandidateScorer scorer;

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

    /**
     * Evaluates the base strategy then uniform random points of the search space (seeded by {@code seed}) instead of
     * running the optimiser: the same evaluation budget, outputs and feasibility rules, as a baseline.
     */
    public AttackSearch randomBaseline(long seed) {
        this.randomBaseline = seed;
        return this;
    }

    /** The search as it was before constraint handling: a constant {@link #INFEASIBLE} and no refinement (tests compare). */
    AttackSearch constantPenalty() {
        return policy(Policy.CONSTANT);
    }

    /** The constrained search with this policy instead of {@link Policy#BOUNDARY} (tests compare). */
    AttackSearch policy(Policy p) {
        this.policy = p;
        return this;
    }

    /** Scores candidates with {@code s} instead of running them (tests: synthetic objectives). */
    AttackSearch scorer(CandidateScorer s) {
        this.scorer = s;
        return this;
    }

    public SearchResult run() throws InterruptedException {
        long t0 = System.nanoTime();
        Objective objective = Objective.byId(spec.objective());
        RobustStatistic statistic = RobustStatistic.byId(spec.statistic());
        SearchSpace space = new SearchSpace(spec);
        ExecutorService pool = CandidatePool.of(threads, "search-");
        try {
            CandidateEvaluator evaluator = new CandidateEvaluator(spec.strategyDir(), spec.seeds(), objective, statistic,
                    spec.constraints(), pool, control, remote, searchId);
            List<BudgetResult> results = new ArrayList<>();
            int population = 0;
            for (int b = 0; b < spec.budgetsTao().size(); b++) {
                ReplayCmaes cmaes = new ReplayCmaes(space.start(), spec.population(), spec.seed());
                population = cmaes.populationSize();
                BudgetSearch one = new BudgetSearch(b, spec.budgetsTao().get(b), space, scorer != null ? scorer : evaluator,
                        cmaes);
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
                    (System.nanoTime() - t0) / 1e9, method());
        } finally {
            pool.shutdownNow();
        }
    }

    /** How the candidates were chosen, for the report. */
    private String method() {
        if (randomBaseline != null) {
            return "uniform random sample (baseline, no optimiser), sample seed " + randomBaseline;
        }
        String cma = "CMA-ES (Hipparchus)";
        if (!constrained(spec.constraints()) || policy == Policy.CONSTANT) {
            return cma;
        }
        if (policy == Policy.SEGMENT) {
            return cma + " with a graded constraint penalty and restarts when a generation has nothing new; boundary "
                    + "refinement rounds once " + cmaesShare(spec.evaluations()) + " evaluations are spent";
        }
        return cma + " with a graded constraint penalty and restarts when a generation has nothing new; once "
                + boundaryStart(spec.evaluations()) + " evaluations are spent and a constraint binds along one coordinate, "
                + "boundary rounds: a second CMA-ES (seed " + (spec.seed() + LINE_SEED) + ") over the other coordinates "
                + "with that coordinate held at the feasible edge, plus bisection of the edge";
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

    /**
     * One budget's loop: ask a batch of points, evaluate it in parallel, tell CMA-ES, until the evaluations are spent.
     * Unconstrained, every batch is a CMA-ES generation. With constraints, candidates that break one are told a graded
     * fitness ({@link #fitness}); once the first {@link #cmaesShare} evaluations are spent, each batch is a boundary
     * refinement round ({@link #refinementRound}) when there is something to refine, a CMA-ES generation otherwise; and
     * once a candidate has broken a constraint, a CMA-ES generation whose strategies were all run before restarts
     * CMA-ES around the best point. Until a candidate breaks a constraint, the search is plain CMA-ES.
     */
    private final class BudgetSearch {
        private final int index;
        private final double budgetTao;
        private final SearchSpace space;
        private final CandidateScorer evaluator;
        private final ReplayCmaes cmaes;
        /** The CMA-ES over the other coordinates along a constraint boundary, and the boundary's coordinate. */
        private ReplayCmaes line;
        private int lineAxis = -1;
        private final Map<String, Evaluation> byYaml = new LinkedHashMap<>();
        private final List<Evaluation> evaluations = new ArrayList<>();
        /** The unit-cube point of each evaluation, by index. */
        private final List<double[]> points = new ArrayList<>();
        private final RandomPoints random;
        private double bestSoFar = Double.NaN;

        BudgetSearch(int index, double budgetTao, SearchSpace space, CandidateScorer evaluator, ReplayCmaes cmaes) {
            this.index = index;
            this.budgetTao = budgetTao;
            this.space = space;
            this.evaluator = evaluator;
            this.cmaes = cmaes;
            this.random = randomBaseline == null ? null
                    : new RandomPoints(space.start(), cmaes.populationSize(), randomBaseline);
        }

        List<Evaluation> run() throws InterruptedException {
            boolean handle = random == null && constrained(spec.constraints()) && policy != Policy.CONSTANT;
            int cmaesOnly = !handle ? spec.evaluations()
                    : policy == Policy.SEGMENT ? cmaesShare(spec.evaluations()) : boundaryStart(spec.evaluations());
            while (evaluations.size() < spec.evaluations()) {
                if (control.cancelled()) {
                    throw new InterruptedException("search cancelled");
                }
                List<double[]> batch = null;
                BoundaryRound round = null;
                if (evaluations.size() >= cmaesOnly) {
                    if (policy == Policy.SEGMENT) {
                        batch = refinementRound();
                    } else {
                        round = boundaryRound();
                        batch = round == null ? null : round.points();
                    }
                }
                boolean fromCmaes = batch == null && random == null;
                if (batch == null) {
                    batch = random != null ? random.next() : cmaes.nextBatch();
                }
                batch = batch.subList(0, Math.min(batch.size(), spec.evaluations() - evaluations.size()));
                int before = byYaml.size();
                List<Evaluation> added = evaluate(batch);
                if (fromCmaes) {
                    double[] f = fitness(added);
                    for (int i = 0; i < added.size(); i++) {
                        cmaes.tell(batch.get(i), f[i]);
                    }
                    if (handle && byYaml.size() == before && evaluations.size() > 1
                            && evaluations.stream().anyMatch(e -> ran(e) && !e.feasible())) {
                        // a generation of strategies all run before: CMA-ES has converged at the resolution a strategy
                        // file can say (or on a bound); start again around the best point with the full step size
                        cmaes.restart();
                    }
                } else if (round != null && !round.line().isEmpty()) {
                    double[] f = fitness(added);
                    int told = Math.min(round.line().size(), added.size());
                    for (int i = 0; i < told; i++) {
                        line.tell(round.line().get(i), f[i]);
                    }
                }
                listener.onProgress(new SearchProgress("search", index, spec.budgetsTao().size(), budgetTao, evaluations.size(),
                        spec.evaluations(), bestSoFar));
            }
            return evaluations;
        }

        private String yaml(double[] x) {
            return space.candidate(space.values(x), budgetTao).yaml();
        }

        /** Runs the batch's strategies not run yet (identical ones once) and records one evaluation per point. */
        private List<Evaluation> evaluate(List<double[]> batch) throws InterruptedException {
            List<CandidateEvaluator.Candidate> fresh = new ArrayList<>();
            List<CandidateEvaluator.Candidate> all = new ArrayList<>();
            for (double[] x : batch) {
                CandidateEvaluator.Candidate c = space.candidate(space.values(x), budgetTao);
                all.add(c);
                if (!byYaml.containsKey(c.yaml()) && fresh.stream().noneMatch(f -> f.yaml().equals(c.yaml()))) {
                    fresh.add(c);
                }
            }
            for (Evaluation e : evaluator.evaluate(fresh, evaluations.size(), budgetTao)) {
                byYaml.put(e.yaml(), e);
            }
            List<Evaluation> added = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Evaluation known = byYaml.get(all.get(i).yaml());
                Evaluation e = new Evaluation(evaluations.size(), budgetTao, all.get(i).values(), known.yaml(), known.seeds(),
                        known.objective(), known.feasible(), known.reason(), known.detected());
                evaluations.add(e);
                points.add(batch.get(i).clone());
                added.add(e);
                if (e.feasible() && !(e.objective() <= bestSoFar)) {
                    bestSoFar = e.objective();
                }
            }
            return added;
        }

        /**
         * What CMA-ES is told for each new evaluation (lower is better). Feasible: minus the objective. Not a valid
         * strategy (never run): {@link #INFEASIBLE}. Ran but broke a constraint: with the constant penalty off, graded
         * so that CMA-ES keeps a direction inside the infeasible region: behind every feasible candidate known so far,
         * and among themselves by their distance (in the unit cube) to the best feasible candidate so far, so the
         * search is pulled back to the boundary next to it; while no candidate is feasible yet, by how much the
         * constraints are broken (alarms over the seeds, plus the PnL shortfall in TAO).
         */
        private double[] fitness(List<Evaluation> added) {
            double[] f = new double[added.size()];
            Optional<Evaluation> bestFeasible = best(evaluations, false);
            double worst = evaluations.stream().filter(Evaluation::feasible).mapToDouble(e -> -e.objective()).max().orElse(0);
            double top = evaluations.stream().filter(Evaluation::feasible).mapToDouble(e -> -e.objective()).min().orElse(0);
            double span = worst > top ? worst - top : Math.max(1, Math.abs(worst));
            double diagonal = Math.sqrt(space.dimension());
            for (int i = 0; i < added.size(); i++) {
                Evaluation e = added.get(i);
                if (e.feasible()) {
                    f[i] = -e.objective();
                } else if (!ran(e) || policy == Policy.CONSTANT) {
                    f[i] = INFEASIBLE;
                } else if (bestFeasible.isPresent()) {
                    f[i] = worst + span * (1 + distance(points.get(e.index()), points.get(bestFeasible.get().index())) / diagonal);
                } else {
                    f[i] = NO_FEASIBLE + violation(e);
                }
            }
            return f;
        }

        /**
         * A boundary round ({@link Policy#BOUNDARY}), or null when the constraint draws no boundary to follow (then the
         * batch is a CMA-ES generation): once some candidate that broke a constraint scores more than the best feasible
         * one (from then on, whatever the scores), the {@link #edge} the candidates draw along one coordinate k; then the next generation of a second
         * CMA-ES over the other coordinates (started at the best feasible candidate's, seed + {@link #LINE_SEED}), each
         * point with coordinate k held at the feasible edge (a line search along the boundary, where a single CMA-ES run
         * ends at a seed-dependent point when the objective along the boundary is not monotone). But first, while the
         * edge is not closed, a multisection round of the edge: max(2, population / 2) evenly spaced points strictly
         * between the feasible and the infeasible edge, at the best feasible candidate's other coordinates (strategies
         * not run yet only; integers rounded, so the edge closes once the two are one strategy apart).
         */
        private BoundaryRound boundaryRound() {
            Optional<Evaluation> bestFeasible = best(evaluations, false);
            if (bestFeasible.isEmpty()) {
                return null;
            }
            double top = bestFeasible.get().objective();
            List<Evaluation> distinct = byYaml.values().stream().filter(AttackSearch::ran).toList();
            if (line == null && distinct.stream().noneMatch(e -> !e.feasible() && e.objective() > top)) {
                return null; // the constraint does not bind on the best candidate (once it has, the rounds go on)
            }
            Edge edge = edge(distinct);
            if (edge == null) {
                return null;
            }
            int k = edge.axis();
            double[] b = points.get(bestFeasible.get().index());
            List<double[]> full = new ArrayList<>();
            List<String> yamls = new ArrayList<>();
            int sections = Math.max(2, cmaes.populationSize() / 2);
            for (int j = 1; j <= sections; j++) {
                double[] x = b.clone();
                x[k] = edge.feasible() + (edge.infeasible() - edge.feasible()) * j / (sections + 1);
                String yaml = yaml(x);
                if (!byYaml.containsKey(yaml) && !yamls.contains(yaml)) {
                    yamls.add(yaml);
                    full.add(x);
                }
            }
            if (!full.isEmpty()) {
                return new BoundaryRound(full, List.of());
            }
            if (space.dimension() == 1) {
                return null;
            }
            if (line == null || lineAxis != k) {
                line = new ReplayCmaes(drop(b, k), 0, spec.seed() + LINE_SEED, LINE_SIGMA);
                lineAxis = k;
            }
            List<double[]> along = new ArrayList<>();
            while (along.isEmpty()) {
                // points whose strategy was run before are told at once; a generation with nothing new restarts the
                // boundary CMA-ES and gives the round to the search-wide CMA-ES (the boundary may not be all there is)
                List<double[]> generation = line.nextBatch();
                for (double[] y : generation) {
                    Evaluation known = byYaml.get(yaml(insert(y, k, edge.feasible())));
                    if (known != null) {
                        line.tell(y, fitness(List.of(known))[0]);
                    } else {
                        along.add(y);
                    }
                }
                if (along.isEmpty() && generation.size() > 1) {
                    line.restart();
                    return null;
                }
            }
            for (double[] y : along) {
                full.add(insert(y, k, edge.feasible()));
            }
            return full.isEmpty() ? null : new BoundaryRound(full, along);
        }

        /**
         * Where the constraint binds along one coordinate: for each coordinate and side, the threshold on it that best
         * separates the feasible candidates run so far from the infeasible ones (fewest misplaced; ties: the lower
         * coordinate, infeasible above first); then, on the winner, the infeasible edge (the infeasible candidate
         * nearest the threshold on its infeasible side) and the feasible edge (the feasible candidate nearest that,
         * on the other side): no candidate between the two has been run. Null when no coordinate has infeasible
         * candidates beyond a feasible one.
         */
        private Edge edge(List<Evaluation> ran) {
            Edge found = null;
            int fewest = Integer.MAX_VALUE;
            for (int k = 0; k < space.dimension(); k++) {
                for (boolean above : new boolean[] {true, false}) {
                    for (Evaluation t : ran) {
                        if (!t.feasible()) {
                            continue;
                        }
                        double cut = points.get(t.index())[k];
                        int misplaced = 0;
                        for (Evaluation e : ran) {
                            double x = points.get(e.index())[k];
                            boolean feasibleSide = above ? x <= cut : x >= cut;
                            if (feasibleSide != e.feasible()) {
                                misplaced++;
                            }
                        }
                        if (misplaced >= fewest) {
                            continue;
                        }
                        Edge e = edges(ran, k, above, cut);
                        if (e != null) {
                            fewest = misplaced;
                            found = e;
                        }
                    }
                }
            }
            return found;
        }

        private Edge edges(List<Evaluation> ran, int k, boolean above, double cut) {
            double infeasible = Double.NaN;
            for (Evaluation e : ran) {
                double x = points.get(e.index())[k];
                if (!e.feasible() && (above ? x > cut : x < cut)
                        && (Double.isNaN(infeasible) || (above ? x < infeasible : x > infeasible))) {
                    infeasible = x;
                }
            }
            if (Double.isNaN(infeasible)) {
                return null;
            }
            double feasible = Double.NaN;
            for (Evaluation e : ran) {
                double x = points.get(e.index())[k];
                if (e.feasible() && (above ? x < infeasible : x > infeasible)
                        && (Double.isNaN(feasible) || (above ? x > feasible : x < feasible))) {
                    feasible = x;
                }
            }
            return new Edge(k, feasible, infeasible);
        }

        /**
         * A boundary refinement round: the best feasible candidate so far, and the candidates that broke a constraint
         * while scoring more, nearest (in the unit cube) first; on the first such segment that still has strategies not
         * run, max(2, population / 2) evenly spaced points strictly inside it (a multisection search for where the
         * constraint starts to bind; integers rounded, so a segment runs out once its bracket is below one unit).
         * Null when no segment has a new strategy.
         */
        private List<double[]> refinementRound() {
            Optional<Evaluation> bestFeasible = best(evaluations, false);
            if (bestFeasible.isEmpty()) {
                return null;
            }
            double[] from = points.get(bestFeasible.get().index());
            List<Evaluation> stronger = evaluations.stream().filter(e -> ran(e) && !e.feasible())
                    .filter(e -> e.objective() > bestFeasible.get().objective())
                    .sorted(Comparator.comparingDouble((Evaluation e) -> distance(points.get(e.index()), from))
                            .thenComparingInt(Evaluation::index))
                    .toList();
            int k = Math.max(2, cmaes.populationSize() / 2);
            for (Evaluation e : stronger) {
                double[] to = points.get(e.index());
                List<double[]> round = new ArrayList<>();
                List<String> yamls = new ArrayList<>();
                for (int j = 1; j <= k; j++) {
                    double t = (double) j / (k + 1);
                    double[] x = new double[from.length];
                    for (int d = 0; d < x.length; d++) {
                        x[d] = from[d] + t * (to[d] - from[d]);
                    }
                    String yaml = space.candidate(space.values(x), budgetTao).yaml();
                    if (!byYaml.containsKey(yaml) && !yamls.contains(yaml)) {
                        yamls.add(yaml);
                        round.add(x);
                    }
                }
                if (!round.isEmpty()) {
                    return round;
                }
            }
            return null;
        }
    }

    /** Where a constraint binds along coordinate {@code axis}: unit-cube values of its feasible and infeasible edges. */
    private record Edge(int axis, double feasible, double infeasible) {
    }

    /** A boundary round's points; the first {@code line.size()} are the boundary CMA-ES's points {@code line}, placed. */
    private record BoundaryRound(List<double[]> points, List<double[]> line) {
    }

    private static double[] drop(double[] x, int k) {
        double[] y = new double[x.length - 1];
        for (int i = 0, j = 0; i < x.length; i++) {
            if (i != k) {
                y[j++] = x[i];
            }
        }
        return y;
    }

    private static double[] insert(double[] y, int k, double value) {
        double[] x = new double[y.length + 1];
        for (int i = 0, j = 0; i < x.length; i++) {
            x[i] = i == k ? value : y[j++];
        }
        return x;
    }

    /** Evaluations a constrained search spends on CMA-ES alone before boundary rounds may start. */
    static int boundaryStart(int evaluations) {
        return (int) Math.round(evaluations * BOUNDARY_START);
    }

    /** True when a search file has a constraint a run can break. */
    static boolean constrained(SearchSpec.Constraints c) {
        return c.noAlarms() || c.minPnlTao().isPresent() || c.maxBlocks().isPresent();
    }

    /** Evaluations a constrained search spends on CMA-ES alone before refinement rounds may start. */
    static int cmaesShare(int evaluations) {
        return evaluations - (int) Math.round(evaluations * REFINE_SHARE);
    }

    /** The candidate was run (it is a valid strategy inside the allowed window), whatever its feasibility. */
    private static boolean ran(Evaluation e) {
        return !e.seeds().isEmpty();
    }

    /** How much a run candidate breaks the constraints: alarms over its seeds plus the PnL shortfall (TAO) over them. */
    private double violation(Evaluation e) {
        double v = 0;
        for (SeedResult s : e.seeds()) {
            if (spec.constraints().noAlarms() && s.detected()) {
                v += Math.max(1, s.alarms());
            }
            if (spec.constraints().minPnlTao().isPresent()) {
                v += Math.max(0, spec.constraints().minPnlTao().get() - s.measures().adversaryPnlTao());
            }
        }
        return v;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    /** The random baseline's points: the start point alone, then batches of {@code size} uniform points of the cube. */
    private static final class RandomPoints {
        private final double[] start;
        private final int size;
        private final MersenneTwister rng;
        private boolean started;

        RandomPoints(double[] start, int size, long seed) {
            this.start = start.clone();
            this.size = size;
            this.rng = new MersenneTwister(seed);
        }

        List<double[]> next() {
            if (!started) {
                started = true;
                return List.of(start.clone());
            }
            List<double[]> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                double[] x = new double[start.length];
                for (int d = 0; d < x.length; d++) {
                    x[d] = rng.nextDouble();
                }
                batch.add(x);
            }
            return batch;
        }
    }
}
