package io.dtaolab.experiment.detect;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The evaluation as markdown: detectors at their tuned thresholds on the held-out set, then the breakdowns. */
public final class DetectEvalMarkdown {
    private DetectEvalMarkdown() {
    }

    public static String render(DetectEvaluation.Result r, String command) {
        DetectEvaluation.Plan p = r.plan();
        List<EvalWorld> held = r.heldOutWorlds();
        long attackWorlds = held.stream().filter(w -> !w.honest()).count();
        long twins = held.stream().filter(EvalWorld::twin).count();
        long honestCases = held.stream().filter(w -> w.honest() && !w.twin()).count();
        StringBuilder sb = new StringBuilder("## Detector evaluation on held-out cases\n\n");
        long inert = held.stream().flatMap(w -> w.attacks().stream()).filter(EvalWorld.Attack::inert).count();
        sb.append(String.format(Locale.ROOT, "`%s` — thresholds tuned on generator seed %d, reported on seed %d (never "
                        + "seen in tuning): %d attack worlds (%d attacks, %d of them inert: the adversary never got an "
                        + "extrinsic executed, so they are not counted as positives), %d honest worlds (%d honest cases + "
                        + "%d twins of the attack cases). %.0f s on %d threads.%n%n", command, p.tuneSeed(),
                p.heldOutSeed(), attackWorlds, held.stream().mapToInt(w -> w.attacks().size()).sum(), inert,
                twins + honestCases, honestCases, twins, r.seconds(), p.threads()));
        sb.append("| detector | family | default → tuned threshold | precision | recall | TP / attacks | false alarms "
                + "(honest / other attacks) | time to detect, mean / median (blocks) | ROC AUC | at default: P / R |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (DetectEvaluation.DetectorResult d : r.detectors()) {
            DetectorOutcome o = d.heldOut();
            DetectorOutcome def = d.heldOutAtDefault();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s → %s | %s | %s | %d / %d | %d (%d / %d) | %s / %s | %s | %s / %s |%n",
                    d.detector(), AttackFamily.ofDetector(d.detector()).map(AttackFamily::id).orElse("—"),
                    num(d.defaultThreshold()), num(d.tunedThreshold()), pct(o.precision()), pct(o.recall()),
                    o.truePositives(), o.positives(), o.falseAlarms(), o.falseOnHonest(), o.falseOnOtherAttacks(),
                    whole(o.meanDelay()), whole(o.medianDelay()), num(d.aucHeldOut()), pct(def.precision()),
                    pct(def.recall())));
        }
        sb.append("\nPrecision counts every (world, subnet) where the detector alarmed and no attack of its family was: "
                + "alarms on honest worlds and wrong attributions on other families' attacks.\n");
        variants(sb, r);
        uncovered(sb, r);
        stress(sb, r);
        confusion(sb, r);
        sb.append("\n### ROC on the held-out set (threshold → TPR / FPR over honest worlds)\n\n");
        for (DetectEvaluation.DetectorResult d : r.detectors()) {
            sb.append("- **").append(d.detector()).append("**: ");
            if (d.rocHeldOut().isEmpty()) {
                sb.append("no attack of its family and no honest world scored above 0\n");
                continue;
            }
            for (double[] pt : d.rocHeldOut()) {
                sb.append(String.format(Locale.ROOT, "%s → %s / %s; ", num(pt[0]), num(pt[1]), num(pt[2])));
            }
            sb.setLength(sb.length() - 2);
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void variants(StringBuilder sb, DetectEvaluation.Result r) {
        sb.append("\n### Recall per evasive variant (held-out, tuned thresholds; caught / cases)\n\n| family | detector |");
        for (Variant v : Variant.values()) {
            sb.append(' ').append(v.id()).append(" |");
        }
        sb.append("\n|---|---|").append("---|".repeat(Variant.values().length)).append('\n');
        for (DetectEvaluation.DetectorResult d : r.detectors()) {
            sb.append("| ").append(AttackFamily.ofDetector(d.detector()).map(AttackFamily::id).orElse("—")).append(" | ")
                    .append(d.detector()).append(" |");
            for (Variant v : Variant.values()) {
                int[] c = d.heldOut().byVariant().get(v);
                sb.append(c == null ? " — |" : String.format(Locale.ROOT, " %d / %d |", c[0], c[1]));
            }
            sb.append('\n');
        }
    }

    /** Families no detector claims: how often any detector alarmed on their target after they began. */
    private static void uncovered(StringBuilder sb, DetectEvaluation.Result r) {
        Map<AttackFamily, int[]> counts = new EnumMap<>(AttackFamily.class);
        for (EvalWorld w : r.heldOutWorlds()) {
            for (EvalWorld.Attack a : w.attacks()) {
                if (a.truth().family().detector().isPresent()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(a.truth().family(), k -> new int[2]);
                c[1]++;
                boolean any = r.detectors().stream().anyMatch(d -> w.trace(d.detector())
                        .firstReach(a.truth().target(), a.startBlock(), d.tunedThreshold()) >= 0);
                c[0] += any ? 1 : 0;
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        sb.append("\n### Families no detector claims (held-out)\n\n| family | cases | any detector alarmed on the target |\n"
                + "|---|---|---|\n");
        counts.forEach((f, c) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", f.id(), c[1], c[0])));
    }

    private static void stress(StringBuilder sb, DetectEvaluation.Result r) {
        sb.append("\n### Honest worlds with a false alarm, by honest population (held-out, tuned thresholds)\n\n| population |");
        r.detectors().forEach(d -> sb.append(' ').append(d.detector()).append(" |"));
        sb.append("\n|---|").append("---|".repeat(r.detectors().size())).append('\n');
        for (HonestStress s : HonestStress.values()) {
            sb.append("| ").append(s.id()).append(" |");
            for (DetectEvaluation.DetectorResult d : r.detectors()) {
                int[] c = d.heldOut().falseByStress().get(s);
                sb.append(c == null ? " — |" : String.format(Locale.ROOT, " %d / %d |", c[0], c[1]));
            }
            sb.append('\n');
        }
    }

    private static void confusion(StringBuilder sb, DetectEvaluation.Result r) {
        sb.append("\n### Confusion: which detector fires on which attack (single-attack worlds, any subnet, held-out)\n\n"
                + "| true family |");
        r.detectors().forEach(d -> sb.append(' ').append(d.detector()).append(" |"));
        sb.append("\n|---|").append("---|".repeat(r.detectors().size())).append('\n');
        for (String row : r.detectors().get(0).confusion().keySet()) {
            sb.append("| ").append(row).append(" |");
            for (DetectEvaluation.DetectorResult d : r.detectors()) {
                int[] c = d.confusion().get(row);
                sb.append(c[1] == 0 ? " — |" : String.format(Locale.ROOT, " %d / %d |", c[0], c[1]));
            }
            sb.append('\n');
        }
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String whole(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.0f", v);
    }
}
