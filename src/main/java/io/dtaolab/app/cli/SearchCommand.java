package io.dtaolab.app.cli;

import io.dtaolab.app.kafka.KafkaCandidateRuns;
import io.dtaolab.app.kafka.SweepTopics;
import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.search.AttackSearch;
import io.dtaolab.experiment.search.BudgetResult;
import io.dtaolab.experiment.search.Evaluation;
import io.dtaolab.experiment.search.PointSample;
import io.dtaolab.experiment.search.SearchOutputs;
import io.dtaolab.experiment.search.SearchResult;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.SearchInvalid;
import io.dtaolab.scenario.SearchLoader;
import io.dtaolab.scenario.SearchSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search for the worst attack a search file allows (CMA-ES over the adversary's parameters, window or a free script), "
                + "per budget, then shrink the best one.",
                "Writes best-<budget>.yaml (+ -undetected, -shrunk), best.yaml, evaluations.csv, frontier.csv, convergence.svg, "
                        + "frontier.svg, report.md, report.json and report.html to the output directory.",
                "Exit code 0 when done, 1 when interrupted or failed, 2 on an invalid file."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "search file (YAML or JSON)")
    Path file;

    @Option(names = "--threads", paramLabel = "N", description = "candidate runs at once on local threads (default: available cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: searches/<name>)")
    Path out;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "run the candidates on the sweep workers (see the worker command) instead of local threads; "
                    + "same evaluations, same best attack")
    String kafka;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
            description = "with --kafka: give up when no candidate result has come for this many minutes (default: ${DEFAULT-VALUE})")
    long timeoutMinutes;

    @Option(names = "--random-baseline", paramLabel = "SEED",
            description = "evaluate the base strategy then uniform random points of the search space (this sample seed) "
                    + "instead of running the optimiser: a baseline to judge the search against")
    Long randomBaseline;

    @Option(names = "--evaluations", paramLabel = "N", description = "candidates per budget (default: the search file's)")
    Integer evaluations;

    @Option(names = "--points", paramLabel = "CSV",
            description = "evaluate the base strategy then these explicit points of the search space (a CSV: header naming "
                    + "every searched parameter, one point a row; e.g. a grid) instead of running the optimiser: an "
                    + "independent reference; also writes points.csv (alarms and PnL a point)")
    Path points;

    @Override
    public Integer call() {
        SearchSpec spec;
        try {
            spec = SearchLoader.load(file);
        } catch (SearchInvalid invalid) {
            invalid.errors().stream().map(FieldError::format).forEach(System.err::println);
            return 2;
        }
        if (points != null) {
            if (randomBaseline != null || evaluations != null || kafka != null) {
                System.err.println("--points cannot be combined with --random-baseline, --evaluations or --kafka");
                return 2;
            }
            return points(spec);
        }
        if (evaluations != null) {
            if (evaluations < 1) {
                System.err.println("--evaluations must be at least 1");
                return 2;
            }
            spec = spec.withEvaluations(evaluations);
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            System.err.println("--threads must be at least 1");
            return 2;
        }
        Path dir = out != null ? out : Path.of("searches", spec.name());
        System.err.printf(Locale.ROOT, "search %s: %d budget(s) × %d evaluations × %d seed(s) on %d thread(s)%n", spec.name(),
                spec.budgetsTao().size(), spec.evaluations(), spec.seeds().size(), n);
        RunControl control = new RunControl();
        Thread hook = new Thread(control::cancel, "search-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        KafkaCandidateRuns remote = null;
        try {
            String searchId = spec.name() + "-" + UUID.randomUUID();
            if (kafka != null) {
                remote = new KafkaCandidateRuns(SweepTopics.defaults(kafka), Duration.ofMinutes(timeoutMinutes), control);
                System.err.println("candidates run on the sweep workers at " + kafka);
            }
            AttackSearch search = new AttackSearch(spec, n, control, p -> System.err.printf(Locale.ROOT,
                    "%s budget %d/%d (%s TAO): %d/%d, best %s%n", p.phase(), p.budgetIndex() + 1, p.budgets(),
                    num(p.budgetTao()), p.done(), p.total(), num(p.bestObjective())), remote, searchId);
            if (randomBaseline != null) {
                System.err.println("random baseline: uniform random candidates (sample seed " + randomBaseline + "), no optimiser");
                search.randomBaseline(randomBaseline);
            }
            SearchResult result = search.run();
            SearchOutputs.write(result, dir);
            for (BudgetResult b : result.budgets()) {
                System.out.printf(Locale.ROOT, "budget %s TAO: base %s, worst %s, worst undetected %s%n", num(b.budgetTao()),
                        value(b.baseline()), b.best().map(SearchCommand::value).orElse("none feasible"),
                        b.bestUndetected().map(SearchCommand::value).orElse("none"));
            }
            System.out.println("Search results: " + dir.toAbsolutePath());
            return 0;
        } catch (InterruptedException e) {
            System.err.println("search interrupted; no result files written");
            return 1;
        } catch (Exception e) {
            System.err.println("search failed: " + e.getMessage());
            return 1;
        } finally {
            if (remote != null) {
                try {
                    remote.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is exiting and the search was cancelled
            }
        }
    }

    private Integer points(SearchSpec spec) {
        List<Map<String, Object>> list;
        try {
            list = PointSample.read(spec, points);
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            System.err.println("--threads must be at least 1");
            return 2;
        }
        Path dir = out != null ? out : Path.of("searches", spec.name() + "-points");
        System.err.printf(Locale.ROOT, "points %s: %d budget(s) × (base + %d points) × %d seed(s) on %d thread(s), no optimiser%n",
                spec.name(), spec.budgetsTao().size(), list.size(), spec.seeds().size(), n);
        RunControl control = new RunControl();
        Thread hook = new Thread(control::cancel, "points-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            SearchResult result = new PointSample(spec, n, control, p -> System.err.printf(Locale.ROOT,
                    "points budget %d/%d (%s TAO): %d/%d, best %s%n", p.budgetIndex() + 1, p.budgets(), num(p.budgetTao()),
                    p.done(), p.total(), num(p.bestObjective()))).run(list, list.size() + " points from " + points.getFileName());
            SearchOutputs.write(result, dir);
            java.nio.file.Files.writeString(dir.resolve("points.csv"), PointSample.pointsCsv(result));
            for (BudgetResult b : result.budgets()) {
                System.out.printf(Locale.ROOT, "budget %s TAO: base %s, strongest %s, strongest undetected %s%n", num(b.budgetTao()),
                        value(b.baseline()), b.best().map(SearchCommand::value).orElse("none feasible"),
                        b.bestUndetected().map(SearchCommand::value).orElse("none"));
            }
            System.out.println("Point results: " + dir.toAbsolutePath());
            return 0;
        } catch (InterruptedException e) {
            System.err.println("points interrupted; no result files written");
            return 1;
        } catch (Exception e) {
            System.err.println("points failed: " + e.getMessage());
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is exiting and the run was cancelled
            }
        }
    }

    static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String value(Evaluation e) {
        return e.feasible() ? num(e.objective()) + (e.detected() ? " (alarm)" : "") : "infeasible (" + e.reason() + ")";
    }
}
