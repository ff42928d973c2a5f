package io.dtaolab.experiment.detect;

import io.dtaolab.analysis.detect.DetectorBank;
import io.dtaolab.analysis.detect.DevTrace;
import io.dtaolab.analysis.detect.ScoreTrace;
import java.nio.file.Path;
import java.util.*;

/** Dev tool: replays recorded worlds (DevTrace) and prints outcomes. Args: tuneDir heldDir [detector-to-dump] */
public final class DevEval {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("render")) {
            // the detect-eval report from recorded worlds: args render tuneDir heldDir tuneSeed heldSeed attacks honest out.md out.csv
            long t0 = System.nanoTime();
            List<EvalWorld> t = DevTrace.worlds(Path.of(args[1]), DetectorBank::standard, 2);
            List<EvalWorld> h = DevTrace.worlds(Path.of(args[2]), DetectorBank::standard, 2);
            DetectEvaluation.Plan plan = new DetectEvaluation.Plan(Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    Long.parseLong(args[3]), Long.parseLong(args[4]), 2);
            DetectEvaluation.Result r = new DetectEvaluation.Result(plan, t, h, DetectEvaluation.score(t, h), (System.nanoTime() - t0) / 1e9);
            String md = DetectEvalMarkdown.render(r, "detect-eval --cases " + args[5] + " --honest " + args[6] + " --tune-seed "
                    + args[3] + " --seed " + args[4]);
            java.nio.file.Files.writeString(Path.of(args[7]), md);
            java.nio.file.Files.writeString(Path.of(args[8]), EvalCsv.render(h, DetectorBank.names()));
            System.out.println(md);
            return;
        }
        List<EvalWorld> tune = DevTrace.worlds(Path.of(args[0]), DetectorBank::standard, 2);
        List<EvalWorld> held = args[1].equals(args[0]) ? tune : DevTrace.worlds(Path.of(args[1]), DetectorBank::standard, 2);
        String dump = args.length > 2 ? args[2] : "";
        for (var d : DetectorBank.standard()) {
            String name = d.name();
            double tuned = ThresholdTuner.tune(name, tune, d.defaultThreshold());
            DetectorOutcome ot = EvalScoring.outcome(name, tuned, tune);
            DetectorOutcome oh = EvalScoring.outcome(name, tuned, held);
            DetectorOutcome od = EvalScoring.outcome(name, d.defaultThreshold(), held);
            System.out.printf(Locale.ROOT, "%-14s def %.3g tuned %.6g | tune P/R %.2f/%.2f | held@tuned P/R %.2f/%.2f (fp h%d o%d) | held@def P/R %.2f/%.2f (tp %d/%d fp h%d o%d) auc %.3f%n",
                    name, d.defaultThreshold(), tuned, ot.precision(), ot.recall(), oh.precision(), oh.recall(), oh.falseOnHonest(),
                    oh.falseOnOtherAttacks(), od.precision(), od.recall(), od.truePositives(), od.positives(), od.falseOnHonest(), od.falseOnOtherAttacks(),
                    EvalScoring.auc(name, held));
            StringBuilder v = new StringBuilder("      variants@def: ");
            od.byVariant().forEach((k, x) -> v.append(k.id()).append(' ').append(x[0]).append('/').append(x[1]).append("  "));
            System.out.println(v);
            if (name.equals(dump)) {
                double t = args.length > 3 ? Double.parseDouble(args[3]) : d.defaultThreshold();
                for (EvalWorld w : held) {
                    ScoreTrace tr = w.trace(name);
                    Map<Integer, Double> max = tr.maxBySubnet();
                    String truths = w.attacks().stream().map(a -> a.truth().family().id() + "/" + a.truth().variant().id() + "@" + a.truth().target()
                            + (a.inert() ? "(inert)" : "") + " score " + String.format(Locale.ROOT, "%.3g", EvalScoring.attackScore(tr, a))).toList().toString();
                    List<String> over = new ArrayList<>();
                    max.forEach((n, s) -> {
                        if (s >= t * 0.3) {
                            over.add("SN" + n + "=" + String.format(Locale.ROOT, "%.3g", s));
                        }
                    });
                    boolean mine = w.attacks().stream().anyMatch(a -> AttackFamily.ofDetector(name).orElse(null) == a.truth().family());
                    if (mine || !over.isEmpty()) {
                        System.out.println("   " + w.caseId() + (w.twin() ? " twin" : "") + " " + w.stress().id() + " " + truths + " max " + over);
                    }
                }
            }
        }
    }
}
