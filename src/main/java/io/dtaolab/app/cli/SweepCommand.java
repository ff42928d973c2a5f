package io.dtaolab.app.cli;

import io.dtaolab.app.kafka.KafkaSweepExecutor;
import io.dtaolab.app.kafka.SweepTopics;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.SavedState;
import io.dtaolab.engine.StateFingerprint;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.experiment.sweep.LocalSweepExecutor;
import io.dtaolab.experiment.sweep.SweepExecutor;
import io.dtaolab.experiment.sweep.SweepFiles;
import io.dtaolab.experiment.sweep.SweepJob;
import io.dtaolab.experiment.sweep.SweepPlan;
import io.dtaolab.experiment.sweep.SweepProgress;
import io.dtaolab.experiment.sweep.SweepResult;
import io.dtaolab.scenario.SweepCell;
import io.dtaolab.scenario.SweepInvalid;
import io.dtaolab.scenario.StrategySpec;
import io.dtaolab.scenario.SweepSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a sweep file: every grid cell × seed, on local threads or on Kafka workers.",
                "Writes runs.csv, cells.csv, cost-curve.csv, report.md, report.json and report.html (charts) to the output directory.",
                "Exit code 0 when every run completed, 1 when some failed or the sweep did not finish, 2 on an invalid file."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "sweep file (YAML or JSON)")
    Path file;

    @Option(names = "--workers", paramLabel = "N", description = "local worker threads (default: available cores)")
    Integer workers;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: sweeps/<name>)")
    Path out;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "coordinate the sweep on Kafka workers (see the worker command) instead of local threads")
    String kafka;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
            description = "with --kafka: give up when results stop short after this many minutes (default: ${DEFAULT-VALUE})")
    long timeoutMinutes;

    @Option(names = "--from-state", paramLabel = "STATE",
            description = "every run starts from this saved warm market (run --save-state) instead of warming up; "
                    + "refused if a cell or seed does not fit it; local workers only")
    Path fromState;

    @Option(names = "--save-state", paramLabel = "STATE",
            description = "warm the market of the first cell and seed once, save it to STATE, and start every run from it "
                    + "(all cells and seeds must share network, honest population, preset, seed and warm-up); local "
                    + "workers only")
    Path saveState;

    @Override
    public Integer call() {
        SweepSpec spec;
        try {
            spec = SweepFiles.load(file);
        } catch (SweepInvalid invalid) {
            StrategyFiles.print(invalid.errors(), System.err);
            return 2;
        }
        if (workers != null && workers < 1) {
            System.err.println("--workers must be at least 1");
            return 2;
        }
        WarmWorlds warm = null;
        if (fromState != null || saveState != null) {
            if (kafka != null || (fromState != null && saveState != null)) {
                System.err.println("--from-state and --save-state exclude each other and run on local workers only "
                        + "(a Kafka worker cannot read this machine's file)");
                return 2;
            }
            if (saveState != null && java.nio.file.Files.exists(saveState)) {
                System.err.println("--save-state: " + saveState + " already exists (start from it with --from-state, or "
                        + "remove it)");
                return 2;
            }
            if (saveState != null && !saveFirstCell(spec)) {
                return 2;
            }
            Optional<SavedState> state = StateFiles.loadOrReport(fromState != null ? fromState : saveState);
            if (state.isEmpty() || !fitsEveryRun(state.get(), spec)) {
                return 2;
            }
            StateFiles.announce(state.get());
            warm = WarmWorlds.of(state.get());
        }
        SweepExecutor executor = kafka != null
                ? new KafkaSweepExecutor(SweepTopics.defaults(kafka), Duration.ofMinutes(timeoutMinutes))
                : new LocalSweepExecutor(workers != null ? workers : LocalSweepExecutor.defaultWorkers(), warm);
        Path dir = out != null ? out : Path.of("sweeps", spec.name());
        if (!OutputDir.checkOrReport(dir)) {
            return 2;
        }
        String id = spec.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        SweepJob job = new SweepJob(SweepPlan.of(id, spec), executor, dir);
        System.err.printf(Locale.ROOT, "sweep %s: %d cells × %d seeds = %d runs on %s%n", spec.name(), spec.cells().size(),
                spec.seeds().size(), job.plan().size(), kafka != null ? "Kafka workers at " + kafka
                        : (workers != null ? workers : LocalSweepExecutor.defaultWorkers()) + " local worker(s)");
        Thread hook = new Thread(job::cancel, "sweep-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        SweepResult result = job.run(new SweepProgressPrinter(job, System.err));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the JVM is exiting and the job was cancelled
        }
        SweepProgress p = job.progress();
        if (job.state() != SweepJob.State.DONE) {
            System.err.println("sweep " + job.state().name().toLowerCase(Locale.ROOT)
                    + (job.error() != null ? ": " + job.error() : "") + "; no result files written");
            return 1;
        }
        System.err.printf(Locale.ROOT, "sweep done: %d runs (%d failed) in %.1f s = %.1f runs/min; %d duplicate result(s) ignored%n",
                p.done(), p.failed(), p.elapsedSeconds(), p.runsPerMinute(), p.duplicates());
        System.out.println("Sweep results: " + dir.toAbsolutePath());
        return result.failures().isEmpty() ? 0 : 1;
    }

    /** Warms the first cell's market for the first seed and saves it, if every run fits it; else says why. */
    private boolean saveFirstCell(SweepSpec spec) {
        StrategySpec first = spec.cells().get(0).spec();
        long seed = spec.seeds().get(0);
        StateFingerprint planned = StateFingerprint.of(first, first.mechanism(), seed, OrderingPolicy.FEE_PRIORITY);
        for (SweepCell cell : spec.cells()) {
            for (long s : spec.seeds()) {
                List<String> problems = planned.mismatches(StateFingerprint.of(cell.spec(), cell.spec().mechanism(), s,
                        OrderingPolicy.FEE_PRIORITY));
                if (!problems.isEmpty()) {
                    System.err.println(spec.file() + ": --save-state: cell " + cell.index() + " " + cell.params() + ", seed "
                            + s + " does not share the first run's warm market:");
                    problems.forEach(p -> System.err.println("  " + p));
                    return false;
                }
            }
        }
        return StateFiles.saveOrReport(first, first.mechanism(), seed, OrderingPolicy.FEE_PRIORITY, saveState).isPresent();
    }

    /** Every cell and seed must fit the state (a sweep varies adversaries, not the warm market); else exit 2. */
    private static boolean fitsEveryRun(SavedState state, SweepSpec spec) {
        for (SweepCell cell : spec.cells()) {
            for (long seed : spec.seeds()) {
                List<String> problems = state.mismatches(cell.spec(), cell.spec().mechanism(), seed, OrderingPolicy.FEE_PRIORITY);
                if (!problems.isEmpty()) {
                    System.err.println(state.file() + ": this saved state does not fit cell " + cell.index() + " "
                            + cell.params() + ", seed " + seed + " of " + spec.file() + "; it was warmed for "
                            + state.fingerprint().strategy() + ":");
                    problems.forEach(p -> System.err.println("  " + p));
                    return false;
                }
            }
        }
        return true;
    }
}
