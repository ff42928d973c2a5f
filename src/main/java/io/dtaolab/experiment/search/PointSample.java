package io.dtaolab.experiment.search;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.SearchDim;
import io.dtaolab.scenario.SearchSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * An independent reference for a search: evaluates explicit points of a search file's space (a grid, a boundary
 * scan, a hand-picked list), given as a CSV, with no optimiser. Each point becomes the same strategy text the search
 * would run for those values ({@link SearchSpace#candidate}) and is run and scored by the same
 * {@link CandidateEvaluator} (same seeds, objective, statistic and constraints, e.g. "no alarm"), so its values are
 * directly comparable with a search's: the strongest point the reference finds is a lower bound on what the search
 * should reach. Evaluation 0 of each budget is the base strategy's own parameters, as in a search; then the points
 * in file order. Identical strategies are run once.
 *
 * <p>The CSV: a header naming the searched parameters (as in the search file, {@code cycleTao} or
 * {@code params.cycleTao}; {@code start}, {@code length}), every searched parameter once, then one point a row.
 * Numbers are rounded to the nine significant digits a strategy file carries, integers must be whole, choices must be
 * one of the file's; a value outside its range is an error (the reference stays inside the searched space).
 */
public final class PointSample {
    private final SearchSpec spec;
    private final int threads;
    private final RunControl control;
    private final SearchProgress.Listener listener;

    public PointSample(SearchSpec spec, int threads, RunControl control, SearchProgress.Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.spec = spec;
        this.threads = threads;
        this.control = control;
        this.listener = listener;
    }

    /** Reads a points CSV for this search file's space; throws IllegalArgumentException with the line on an error. */
    public static List<Map<String, Object>> read(SearchSpec spec, Path csv) throws IOException {
        List<SearchDim> dims = new SearchSpace(spec).dims();
        List<String> lines = Files.readAllLines(csv).stream().map(String::strip).toList();
        int first = 0;
        while (first < lines.size() && (lines.get(first).isEmpty() || lines.get(first).startsWith("#"))) {
            first++;
        }
        if (first == lines.size()) {
            throw new IllegalArgumentException(csv + ": no header");
        }
        String[] header = lines.get(first).split(",", -1);
        SearchDim[] columns = new SearchDim[header.length];
        for (int c = 0; c < header.length; c++) {
            String name = header[c].strip();
            columns[c] = dims.stream().filter(d -> d.path().equals(name) || d.path().equals("params." + name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(csv + ":" + 1 + ": '" + name + "' is not a searched parameter "
                            + dims.stream().map(SearchDim::path).toList()));
        }
        for (SearchDim d : dims) {
            long n = java.util.Arrays.stream(columns).filter(c -> c == d).count();
            if (n != 1) {
                throw new IllegalArgumentException(csv + ": header must name " + d.path() + " once (found " + n + ")");
            }
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != columns.length) {
                throw new IllegalArgumentException(csv + ":" + (i + 1) + ": " + cells.length + " cells, header has " + columns.length);
            }
            Map<String, Object> byPath = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                byPath.put(columns[c].path(), value(columns[c], cells[c].strip(), csv + ":" + (i + 1)));
            }
            Map<String, Object> ordered = new LinkedHashMap<>();
            dims.forEach(d -> ordered.put(d.path(), byPath.get(d.path())));
            points.add(ordered);
        }
        return points;
    }

    private static Object value(SearchDim d, String cell, String where) {
        if (d.kind() == SearchDim.Kind.CHOICE) {
            return d.choices().stream().filter(c -> String.valueOf(c).equals(cell)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(where + ": " + d.path() + " '" + cell + "' is not one of " + d.choices()));
        }
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + d.path() + " '" + cell + "' is not a number");
        }
        if (!(v >= d.min() && v <= d.max())) {
            throw new IllegalArgumentException(where + ": " + d.path() + " " + cell + " is outside the searched range ["
                    + Format.exact(d.min()) + ", " + Format.exact(d.max()) + "]");
        }
        if (d.kind() == SearchDim.Kind.INTEGER) {
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException(where + ": " + d.path() + " " + cell + " is not an integer");
            }
            return Math.round(v);
        }
        return new BigDecimal(v).round(new MathContext(9)).doubleValue();
    }

    /** Evaluates the base strategy then {@code points} at every budget of the search file. */
    public SearchResult run(List<Map<String, Object>> points, String described) throws InterruptedException {
        long t0 = System.nanoTime();
        Objective objective = Objective.byId(spec.objective());
        RobustStatistic statistic = RobustStatistic.byId(spec.statistic());
        SearchSpace space = new SearchSpace(spec);
        ExecutorService pool = CandidatePool.of(threads, "points-");
        try {
            CandidateEvaluator evaluator = new CandidateEvaluator(spec.strategyDir(), spec.seeds(), objective, statistic,
                    spec.constraints(), pool, control);
            List<BudgetResult> results = new ArrayList<>();
            for (int b = 0; b < spec.budgetsTao().size(); b++) {
                double budget = spec.budgetsTao().get(b);
                List<Map<String, Object>> all = new ArrayList<>();
                all.add(space.values(space.start()));
                all.addAll(points);
                List<Evaluation> evals = evaluateAll(space, evaluator, all, b, budget);
                results.add(new BudgetResult(budget, evals, evals.get(0), strongest(evals, false), strongest(evals, true),
                        Optional.empty()));
            }
            return new SearchResult(spec, objective, statistic, 1, space.dimension(), results, (System.nanoTime() - t0) / 1e9,
                    "explicit points (independent reference, no optimiser): " + described);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Evaluation> evaluateAll(SearchSpace space, CandidateEvaluator evaluator, List<Map<String, Object>> all,
                                         int budgetIndex, double budget) throws InterruptedException {
        Map<String, Evaluation> byYaml = new LinkedHashMap<>();
        List<CandidateEvaluator.Candidate> candidates = all.stream().map(v -> space.candidate(v, budget)).toList();
        List<Evaluation> out = new ArrayList<>();
        int chunk = Math.max(threads, 2) * 2;
        double best = Double.NaN;
        for (int from = 0; from < candidates.size(); from += chunk) {
            if (control.cancelled()) {
                throw new InterruptedException("point sample cancelled");
            }
            List<CandidateEvaluator.Candidate> fresh = new ArrayList<>();
            for (CandidateEvaluator.Candidate c : candidates.subList(from, Math.min(candidates.size(), from + chunk))) {
                if (!byYaml.containsKey(c.yaml()) && fresh.stream().noneMatch(f -> f.yaml().equals(c.yaml()))) {
                    fresh.add(c);
                }
            }
            for (Evaluation e : evaluator.evaluate(fresh, byYaml.size(), budget)) {
                byYaml.put(e.yaml(), e);
            }
            for (int i = from; i < Math.min(candidates.size(), from + chunk); i++) {
                Evaluation k = byYaml.get(candidates.get(i).yaml());
                Evaluation e = new Evaluation(i, budget, candidates.get(i).values(), k.yaml(), k.seeds(), k.objective(),
                        k.feasible(), k.reason(), k.detected());
                out.add(e);
                if (e.feasible() && !(e.objective() <= best)) {
                    best = e.objective();
                }
            }
            listener.onProgress(new SearchProgress("points", budgetIndex, spec.budgetsTao().size(), budget, out.size(),
                    candidates.size(), best));
        }
        return out;
    }

    /** The highest objective among feasible (and, if asked, unflagged) points; the earliest on ties. */
    static Optional<Evaluation> strongest(List<Evaluation> evals, boolean unflaggedOnly) {
        return evals.stream().filter(Evaluation::feasible).filter(e -> !unflaggedOnly || !e.detected())
                .max(Comparator.comparingDouble(Evaluation::objective).thenComparing(e -> -e.index()));
    }

    /**
     * One row a point: its values, objective, whether any detector flagged the target (and the alarms over the seeds),
     * and the adversary's PnL (mean over seeds); the search's evaluations.csv does not carry the last two.
     */
    public static String pointsCsv(SearchResult r) {
        StringBuilder out = new StringBuilder("budget_tao,evaluation");
        List<String> paths = r.budgets().get(0).evaluations().isEmpty() ? List.of()
                : new ArrayList<>(r.budgets().get(0).evaluations().get(0).values().keySet());
        paths.forEach(p -> out.append(',').append(p.startsWith("params.") ? p.substring(7) : p));
        out.append(",objective,feasible,detected,alarms,pnl_tao\n");
        for (BudgetResult b : r.budgets()) {
            for (Evaluation e : b.evaluations()) {
                out.append(Format.exact(b.budgetTao())).append(',').append(e.index());
                paths.forEach(p -> out.append(',').append(e.values().get(p)));
                int alarms = e.seeds().stream().mapToInt(SeedResult::alarms).sum();
                out.append(',').append(Format.exact(e.objective())).append(',').append(e.feasible()).append(',')
                        .append(e.detected()).append(',').append(alarms).append(',')
                        .append(e.seeds().isEmpty() ? "" : String.format(Locale.ROOT, "%.4f",
                                e.mean(m -> m.adversaryPnlTao()))).append('\n');
            }
        }
        return out.toString();
    }
}
