package io.dtaolab.experiment.detect;

import io.dtaolab.analysis.detect.Detector;
import io.dtaolab.analysis.detect.DetectorBank;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The held-out evaluation: generates a tuning set and a held-out set from two generator seeds, runs both, picks each
 * detector's threshold on the tuning worlds only and scores the held-out worlds at it (and at the shipped default).
 */
public final class DetectEvaluation {
    private DetectEvaluation() {
    }

    /** Sizes and seeds of one evaluation. */
    public record Plan(int attackCases, int honestCases, long tuneSeed, long heldOutSeed, int threads) {
        public Plan {
            if (attackCases < 1 || honestCases < 1) {
                throw new IllegalArgumentException("need at least one attack and one honest case per set");
            }
            if (tuneSeed == heldOutSeed) {
                throw new IllegalArgumentException("the tuning and held-out seeds must differ (got " + tuneSeed + " twice)");
            }
        }
    }

    /** Per detector: tuned threshold, held-out outcome at it and at the shipped default, held-out ROC AUC. */
    public record DetectorResult(String detector, double defaultThreshold, double tunedThreshold,
                                 DetectorOutcome heldOut, DetectorOutcome heldOutAtDefault, DetectorOutcome tuning,
                                 double aucHeldOut, List<double[]> rocHeldOut, Map<String, int[]> confusion) {
    }

    public record Result(Plan plan, List<EvalWorld> tuningWorlds, List<EvalWorld> heldOutWorlds,
                         List<DetectorResult> detectors, double seconds) {
    }

    public static Result run(Plan plan, IntConsumer progress) throws Exception {
        long t0 = System.nanoTime();
        List<GeneratedCase> tuneCases = new AttackGenerator(plan.tuneSeed()).cases(plan.attackCases(), plan.honestCases());
        List<GeneratedCase> heldCases = new AttackGenerator(plan.heldOutSeed()).cases(plan.attackCases(), plan.honestCases());
        int n = tuneCases.size();
        List<EvalWorld> tuning = CaseRunner.run(tuneCases, plan.threads(), progress);
        List<EvalWorld> held = CaseRunner.run(heldCases, plan.threads(), done -> progress.accept(n + done));
        return new Result(plan, tuning, held, score(tuning, held), (System.nanoTime() - t0) / 1e9);
    }

    static List<DetectorResult> score(List<EvalWorld> tuning, List<EvalWorld> held) {
        Map<String, DetectorResult> out = new LinkedHashMap<>();
        for (Detector d : DetectorBank.standard()) {
            String name = d.name();
            double tuned = ThresholdTuner.tune(name, tuning, d.defaultThreshold());
            out.put(name, new DetectorResult(name, d.defaultThreshold(), tuned, EvalScoring.outcome(name, tuned, held),
                    EvalScoring.outcome(name, d.defaultThreshold(), held), EvalScoring.outcome(name, tuned, tuning),
                    EvalScoring.auc(name, held), EvalScoring.roc(name, held, 9), EvalScoring.confusionRow(name, tuned, held)));
        }
        return List.copyOf(out.values());
    }
}
