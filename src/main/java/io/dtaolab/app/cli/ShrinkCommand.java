package io.dtaolab.app.cli;

import io.dtaolab.analysis.AtomicFiles;
import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.search.CandidateEvaluator;
import io.dtaolab.experiment.search.KeepProperty;
import io.dtaolab.experiment.search.Objective;
import io.dtaolab.experiment.search.RobustStatistic;
import io.dtaolab.experiment.search.ShrinkResult;
import io.dtaolab.experiment.search.Shrinker;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.SearchSpec;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "shrink", mixinStandardHelpOptions = true,
        description = {"Reduce a strategy while a property still holds (delta debugging: adversaries, script actions, honest groups (unless --attack-only), "
                + "run length, active windows, budgets and amounts, in that order) and write the smallest strategy found.",
                "Exit code 0 when written, 1 on failure, 2 on an invalid file or property (or when the input lacks the property)."})
public final class ShrinkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "strategy file (YAML or JSON)")
    Path file;

    @Option(names = "--keep", required = true, paramLabel = "\"MEASURE OP VALUE\"",
            description = "the property to keep, e.g. \"redirected_pct >= 0.5\" or \"alarms == 0\"")
    String keep;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1",
            description = "seeds per candidate, from the file's seed (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--statistic", paramLabel = "mean|min|q25|median", defaultValue = "mean",
            description = "statistic of the measure over seeds (default: ${DEFAULT-VALUE})")
    String statistic;

    @Option(names = "--max-trials", paramLabel = "N", defaultValue = "" + Shrinker.DEFAULT_MAX_TRIALS,
            description = "most candidate strategies to try (default: ${DEFAULT-VALUE})")
    int maxTrials;

    @Option(names = "--attack-only", description = "keep the honest population as it is (default: also drop and thin out honest groups)")
    boolean attackOnly;

    @Option(names = "--threads", paramLabel = "N", description = "candidate runs at once (default: available cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the shrunk strategy (default: <name>-shrunk.yaml beside the input)")
    Path out;

    @Override
    public Integer call() {
        LoadResult loaded = StrategyLoader.check(file);
        if (loaded instanceof LoadResult.Invalid invalid) {
            invalid.errors().stream().map(FieldError::format).forEach(System.err::println);
            return 2;
        }
        StrategySpec spec = ((LoadResult.Valid) loaded).spec();
        KeepProperty property;
        RobustStatistic stat;
        try {
            stat = RobustStatistic.byId(statistic);
            property = KeepProperty.parse(keep, stat);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (seeds < 1 || maxTrials < 1 || threads != null && threads < 1) {
            System.err.println("--seeds, --max-trials and --threads must be at least 1");
            return 2;
        }
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            seedList.add(spec.seed() + i);
        }
        Path dir = file.toAbsolutePath().getParent();
        ExecutorService pool = Executors.newFixedThreadPool(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        try {
            CandidateEvaluator evaluator = new CandidateEvaluator(dir, seedList, Objective.REDIRECTED, stat,
                    SearchSpec.Constraints.NONE, pool, new RunControl());
            ShrinkResult r = new Shrinker(dir, evaluator, property, p -> System.err.printf(Locale.ROOT, "shrink: %d/%d candidates%n",
                    p.done(), p.total()), maxTrials, !attackOnly).shrink(Files.readString(file, StandardCharsets.UTF_8), 0);
            Path target = out != null ? out : dir.resolve(spec.name() + "-shrunk.yaml");
            AtomicFiles.write(target, "# " + spec.name() + " shrunk keeping: " + property.text() + "\n" + r.shrunk().yaml());
            r.steps().forEach(s -> System.out.println("- " + s));
            System.out.printf(Locale.ROOT, "%d candidates tried; adversaries %d → %d, actions %d → %d, honest agents %d → %d, "
                            + "blocks %d → %d, budget %.4g → %.4g TAO%n", r.trials(), r.before().adversaries(), r.after().adversaries(),
                    r.before().actions(), r.after().actions(), r.before().honestAgents(), r.after().honestAgents(), r.before().blocks(),
                    r.after().blocks(), r.before().budgetTao(), r.after().budgetTao());
            System.out.println("Shrunk strategy: " + target.toAbsolutePath());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("shrink failed: " + e.getMessage());
            return 1;
        } finally {
            pool.shutdownNow();
        }
    }
}
