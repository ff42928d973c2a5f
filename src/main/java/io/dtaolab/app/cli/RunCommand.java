package io.dtaolab.app.cli;

import io.dtaolab.analysis.ReportMarkdown;
import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.analysis.detect.DetectionMarkdown;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.experiment.detect.MonitoredRun;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Run a strategy file: the attack world against its honest-only twin; writes a run directory and prints the summary.")
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "strategy file (YAML or JSON)")
    Path file;

    @Option(names = "--seed", description = "override the file's seed")
    Long seed;

    @Option(names = "--blocks", description = "override the run length in blocks")
    Long blocks;

    @Option(names = "--out", description = "run directory (default: runs/<name>-<seed>)")
    Path out;

    @Option(names = "--ordering", description = "mempool ordering: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            defaultValue = "FEE_PRIORITY")
    OrderingPolicy ordering;

    @Option(names = "--no-detectors", description = "run without the detector bank (faster; the report has no alarms)")
    boolean noDetectors;

    @Override
    public Integer call() throws Exception {
        java.util.Optional<StrategySpec> loaded = StrategyFiles.loadOrReport(file);
        if (loaded.isEmpty()) {
            return 2;
        }
        StrategySpec spec = loaded.get();
        if (blocks != null && (blocks < 1 || blocks > 5_256_000)) {
            System.err.println(file + ": --blocks must be between 1 and 5256000");
            return 2;
        }
        long runSeed = seed != null ? seed : spec.seed();
        long runBlocks = blocks != null ? blocks : spec.blocks();
        java.util.List<String> tooShort = io.dtaolab.scenario.RunLength.problems(spec, runBlocks);
        if (!tooShort.isEmpty()) {
            tooShort.forEach(p -> System.err.println(file + ": --blocks: " + p));
            return 2;
        }
        io.dtaolab.scenario.IneffectiveParameters.warnings(spec).forEach(w -> System.err.println("warning: " + w));
        Path dir = out != null ? out : Path.of("runs", spec.name() + "-" + runSeed);
        String sha = sha256(Files.readAllBytes(file));
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
                RunData data;
                RunMeasures measures;
                if (noDetectors) {
                    data = new io.dtaolab.engine.Run(spec, m, runSeed, runBlocks, ordering, control, progress).execute();
                    progress.finish();
                    measures = RunArtifacts.write(runDir, data, sha, spec.outputs().series());
                    System.out.println(ReportMarkdown.render(measures));
                } else {
                    MonitoredRun.Result result = MonitoredRun.execute(spec, m, runSeed, runBlocks, ordering, control,
                            progress, AlarmSink.NONE, java.util.Map.of());
                    data = result.data();
                    progress.finish();
                    measures = RunArtifacts.write(runDir, data, sha, spec.outputs().series(), result.detection());
                    System.out.println(ReportMarkdown.render(measures));
                    System.out.println(DetectionMarkdown.firstAlarm(result.detection()));
                }
                System.out.println("Run directory: " + runDir.toAbsolutePath());
                if (data.interrupted()) {
                    System.err.println("Interrupted after " + data.blocksDone() + " of " + runBlocks
                            + " blocks; the report covers what ran.");
                    return 1;
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

    static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
