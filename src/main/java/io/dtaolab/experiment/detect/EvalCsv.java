package io.dtaolab.experiment.detect;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line per evaluated world, for looking at what the summary hides: case, world (attack, twin or honest), truths
 * (family/variant@target, inert marked), honest population, and per detector the highest score anywhere and, for
 * attack worlds, on the first attack's target after it began.
 */
public final class EvalCsv {
    private EvalCsv() {
    }

    public static String render(List<EvalWorld> worlds, List<String> detectors) {
        StringBuilder sb = new StringBuilder("case,world,attacks,population");
        for (String d : detectors) {
            sb.append(',').append(d).append("_max,").append(d).append("_target");
        }
        sb.append('\n');
        for (EvalWorld w : worlds) {
            String world = w.twin() ? "twin" : w.honest() ? "honest" : "attack";
            String attacks = w.attacks().stream().map(a -> a.truth().family().id() + "/" + a.truth().variant().id() + "@"
                    + a.truth().target() + (a.inert() ? "(inert)" : "")).collect(Collectors.joining(" "));
            sb.append(w.caseId()).append(',').append(world).append(',').append(attacks).append(',').append(w.stress().id());
            for (String d : detectors) {
                double target = w.attacks().isEmpty() ? Double.NaN : EvalScoring.attackScore(w.trace(d), w.attacks().get(0));
                sb.append(String.format(Locale.ROOT, ",%.4g,%s", w.trace(d).maxAnywhere(),
                        Double.isNaN(target) ? "" : String.format(Locale.ROOT, "%.4g", target)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
