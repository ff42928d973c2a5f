package io.dtaolab.app.cli;

import io.dtaolab.analysis.AtomicFiles;
import io.dtaolab.experiment.detect.DetectEvalMarkdown;
import io.dtaolab.experiment.detect.DetectEvaluation;
import io.dtaolab.experiment.detect.EvalCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "detect-eval", mixinStandardHelpOptions = true,
        description = {"Evaluate the detectors on generated attacks they were not written for: draw a tuning set and a "
                + "held-out set of attack and honest cases from two generator seeds, run them, tune each detector's "
                + "threshold on the tuning set only and report precision, recall, time to detect, ROC AUC, recall per "
                + "evasive variant and the confusion between families on the held-out set.",
                "Writes detect-eval.md (printed too) and held-out-worlds.csv (every held-out world's scores) to the output "
                        + "directory.",
                "Exit code 0 when the evaluation ran, 1 when it failed, 2 on invalid options."})
public final class DetectEvalCommand implements Callable<Integer> {
    @Option(names = "--cases", paramLabel = "N", defaultValue = "200",
            description = "attack cases per set (default: ${DEFAULT-VALUE})")
    int cases;

    @Option(names = "--honest", paramLabel = "N", defaultValue = "100",
            description = "honest-only cases per set, besides each attack case's twin (default: ${DEFAULT-VALUE})")
    int honest;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2",
            description = "generator seed of the held-out set (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--tune-seed", paramLabel = "S", defaultValue = "1",
            description = "generator seed of the tuning set; must differ from --seed (default: ${DEFAULT-VALUE})")
    long tuneSeed;

    @Option(names = "--threads", paramLabel = "N", description = "runs at once (default: available cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "detect-eval",
            description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        DetectEvaluation.Plan plan;
        try {
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads must be ≥ 1");
            }
            plan = new DetectEvaluation.Plan(cases, honest, tuneSeed, seed,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            System.err.println("detect-eval: " + e.getMessage());
            return 2;
        }
        int total = 2 * (cases + honest);
        System.err.printf("detect-eval: %d cases (tuning %d + held-out %d)%n", total, total / 2, total / 2);
        try {
            DetectEvaluation.Result r = DetectEvaluation.run(plan, n -> {
                if (n % 10 == 0 || n == total) {
                    System.err.printf("detect-eval: %d/%d cases%n", n, total);
                }
            });
            String command = String.format("detect-eval --cases %d --honest %d --tune-seed %d --seed %d", cases, honest,
                    tuneSeed, seed);
            String md = DetectEvalMarkdown.render(r, command);
            Files.createDirectories(out);
            AtomicFiles.write(out.resolve("detect-eval.md"), md);
            AtomicFiles.write(out.resolve("held-out-worlds.csv"), EvalCsv.render(r.heldOutWorlds(),
                    r.detectors().stream().map(DetectEvaluation.DetectorResult::detector).toList()));
            System.out.print(md);
            System.out.println("Evaluation written to " + out.resolve("detect-eval.md"));
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("detect-eval interrupted");
            return 1;
        } catch (IOException e) {
            System.err.println("detect-eval: cannot write results: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("detect-eval failed: " + e.getMessage());
            return 1;
        }
    }
}
