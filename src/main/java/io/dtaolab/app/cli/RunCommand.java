package io.dtaolab.app.cli;

import io.dtaolab.analysis.ReportMarkdown;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.analysis.detect.DetectionMarkdown;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.SavedState;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.experiment.RunDirectory;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a strategy file: the attack world against its honest-only twin; writes a run directory and prints the summary.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "strategy file (YAML or JSON)")
    Path file;

    @Option(names = "--seed", description = "override the file's seed")
    Long seed;

    @Option(names = "--blocks", description = "override the run length in blocks")
    Long blocks;

    @Option(names = "--out", description = "run directory (default: runs/<name>-<seed>); when it already holds a run, "
            + "the first free <dir>-2, <dir>-3, ... is used instead unless --force")
    Path out;

    @Option(names = "--force", description = "overwrite the run directory when it already holds a run")
    boolean force;

    @Option(names = "--ordering", description = "mempool ordering: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            defaultValue = "FEE_PRIORITY")
    OrderingPolicy ordering;

    @Option(names = "--no-detectors", description = "run without the detector bank (faster; the report has no alarms)")
    boolean noDetectors;

    @Option(names = "--seeds", description = "run N consecutive seeds from the file's (or --seed) and report medians with 90 %% intervals")
    Integer seeds;

    @Option(names = "--threads", description = "with --seeds: seeds run at a time (default: available cores)")
    Integer threads;

    @Option(names = "--save-state", paramLabel = "STATE",
            description = "warm the honest market (the file's warm-up), save it to STATE, then run from it; later runs and "
                    + "sweeps of any strategy with the same network, honest population, preset, seed and ordering start "
                    + "from STATE with --from-state")
    Path saveState;

    @Option(names = "--from-state", paramLabel = "STATE",
            description = "start from a warm market saved with --save-state instead of warming up (refused, with what "
                    + "differs, if STATE was warmed for another network, population, preset, seed, warm-up or ordering)")
    Path fromState;

    /** Exit status after Ctrl-C, as the shell reports a process ended by SIGINT (128 + 2). */
    static final int INTERRUPTED = 130;

    /** What a run starts from once admitted: the checked strategy, its seed and length, and a writable directory. */
    record Admitted(StrategySpec spec, long seed, long blocks, Path dir, SavedState state) {
    }

    @Override
    public Integer call() throws Exception {
        Optional<Admitted> admitted = admit();
        if (admitted.isEmpty()) {
            return 2;
        }
        return seeds != null ? seedRuns(admitted.get()) : execute(admitted.get());
    }

    /** Everything {@code run} refuses, refused before anything simulates; problems go to stderr. */
    Optional<Admitted> admit() {
        Optional<StrategySpec> loaded = StrategyFiles.loadOrReport(file);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        StrategySpec spec = loaded.get();
        if (blocks != null && (blocks < 1 || blocks > 5_256_000)) {
            System.err.println(file + ": --blocks must be between 1 and 5256000");
            return Optional.empty();
        }
        if (seed != null && seed < 0) {
            System.err.println(file + ": --seed must be between 0 and " + Long.MAX_VALUE);
            return Optional.empty();
        }
        long runSeed = seed != null ? seed : spec.seed();
        long runBlocks = blocks != null ? blocks : spec.blocks();
        java.util.List<String> tooShort = io.dtaolab.scenario.RunLength.problems(spec, runBlocks);
        if (!tooShort.isEmpty()) {
            tooShort.forEach(p -> System.err.println(file + ": --blocks: " + p));
            return Optional.empty();
        }
        Optional<SavedState> state = Optional.empty();
        if (saveState != null || fromState != null) {
            Optional<String> problem = stateOptionProblem(spec);
            if (problem.isPresent()) {
                System.err.println(file + ": " + problem.get());
                return Optional.empty();
            }
        }
        if (fromState != null) {
            state = StateFiles.loadOrReport(fromState);
            if (state.isEmpty() || !StateFiles.fitsOrReport(state.get(), spec, spec.mechanism(), runSeed, ordering, file)) {
                return Optional.empty();
            }
        }
        io.dtaolab.scenario.IneffectiveParameters.warnings(spec).forEach(w -> System.err.println("warning: " + w));
        Path planned = out != null ? out : seeds != null
                ? Path.of("runs", spec.name() + "-seeds-" + runSeed + "-" + (runSeed + seeds - 1))
                : Path.of("runs", spec.name() + "-" + runSeed);
        Path dir = OutputDir.unusedOrSay(planned, force);
        if (!OutputDir.checkOrReport(dir)) {
            return Optional.empty();
        }
        return Optional.of(new Admitted(spec, runSeed, runBlocks, dir, state.orElse(null)));
    }

    /** What keeps --save-state / --from-state from this command line, if anything. */
    private Optional<String> stateOptionProblem(StrategySpec spec) {
        if (saveState != null && fromState != null) {
            return Optional.of("--save-state and --from-state exclude each other");
        }
        if (seeds != null) {
            return Optional.of("a saved state holds the warm market of one seed: --save-state and --from-state run one "
                    + "seed, not --seeds");
        }
        if (spec.compares()) {
            return Optional.of("--save-state and --from-state take a strategy with one preset; this one compares "
                    + spec.mechanisms().size());
        }
        if (saveState != null && Files.exists(saveState) && !force) {
            return Optional.of("--save-state: " + saveState + " already exists (--force overwrites it)");
        }
        return Optional.empty();
    }

    private int execute(Admitted admitted) throws Exception {
        StrategySpec spec = admitted.spec();
        long runSeed = admitted.seed();
        long runBlocks = admitted.blocks();
        Path dir = admitted.dir();
        byte[] source = Files.readAllBytes(file);
        SavedState state = admitted.state();
        if (saveState != null) {
            if (StateFiles.saveOrReport(spec, spec.mechanism(), runSeed, ordering, saveState).isEmpty()) {
                return 2;
            }
            Optional<SavedState> saved = StateFiles.loadOrReport(saveState);
            if (saved.isEmpty()) {
                return 1;
            }
            state = saved.get();
        }
        if (state != null) {
            StateFiles.announce(state);
        }
        RunControl control = new RunControl();
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        // Ctrl-C: stop the run at the next block and hold the JVM until the interrupted report is on disk
        Thread hook = new Thread(() -> {
            control.cancel();
            try {
                written.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "run-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            for (Mechanism m : spec.mechanisms()) {
                Path runDir = spec.compares() ? dir.resolve(m.name()) : dir;
                Progress progress = new Progress(m.name(), runBlocks, System.console() != null);
                RunOrder order = RunOrder.of(spec, m, runSeed, runBlocks).withOrdering(ordering)
                        .withDetectors(!noDetectors);
                if (state != null) {
                    order = order.withWarmWorlds(WarmWorlds.of(state));
                }
                RunPipeline.Written run = RunPipeline.run(order, control, progress, AlarmSink.NONE,
                        RunDirectory.of(runDir, source, spec));
                RunData data = run.data();
                progress.finish();
                System.out.println(ReportMarkdown.render(run.measures()));
                if (run.result().detection() != null) {
                    System.out.println(DetectionMarkdown.firstAlarm(run.result().detection()));
                }
                System.out.println("Run directory: " + runDir.toAbsolutePath());
                if (data.interrupted()) {
                    System.err.println("Interrupted after " + data.blocksDone() + " of " + runBlocks
                            + " blocks; the report covers what ran.");
                    return INTERRUPTED;
                }
            }
        } finally {
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting because of Ctrl-C; the report above was written first
            }
        }
        return 0;
    }

    private int seedRuns(Admitted admitted) throws Exception {
        StrategySpec spec = admitted.spec();
        long firstSeed = admitted.seed();
        long runBlocks = admitted.blocks();
        int cores = Runtime.getRuntime().availableProcessors();
        if (seeds < 1 || seeds > 10_000 || (threads != null && (threads < 1 || threads > 256))) {
            System.err.println(file + ": --seeds must be between 1 and 10000, --threads between 1 and 256");
            return 2;
        }
        Path base = admitted.dir();
        String sha = RunDirectory.sha256(Files.readAllBytes(file));
        RunControl control = new RunControl();
        for (Mechanism m : spec.mechanisms()) {
            Path dir = spec.compares() ? base.resolve(m.name()) : base;
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            var summary = io.dtaolab.experiment.seeds.SeedRuns.run(spec, m,
                    new io.dtaolab.experiment.seeds.SeedRuns.Options(firstSeed, seeds, runBlocks,
                            threads != null ? threads : cores, !noDetectors, ordering),
                    dir, sha, control, i -> System.err.println(m.name() + ": seed " + done.incrementAndGet() + "/" + seeds + " done"));
            System.out.println(Files.readString(dir.resolve("seeds.md")));
            System.out.println("Seed runs: " + dir.toAbsolutePath() + " (" + summary.seeds().size() + " run directories)");
        }
        return 0;
    }

}
