package io.dtaolab.experiment.search;

import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.scenario.SearchSpec.Constraints;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property a shrink must keep, as text {@code "measure op value"} (e.g. {@code redirected_pct >= 0.5}), over the
 * robust statistic of the measure across seeds. Measures are the run's measure record fields (camelCase) or the
 * short names below; {@code alarms} counts attack-world alarms and {@code detected} is 1 when the target was flagged.
 */
public record KeepProperty(String text, Predicate<Evaluation> test) {
    private static final Pattern SYNTAX = Pattern.compile("\\s*([A-Za-z_]+)\\s*(>=|<=|==|!=|>|<)\\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\\s*");
    static final Map<String, String> ALIASES = Map.of("redirected", "emissionRedirectedTao", "redirected_pct",
            "redirectedPctOfNetwork", "pnl", "adversaryPnlTao", "per_tao_at_risk", "emissionCapturedPerTaoAtRisk", "cost",
            "adversaryCostTao", "share_deviation", "targetShareDeviationMax", "ema_displacement", "emaDisplacementMax");
    static final Map<String, ToDoubleFunction<RunMeasures>> MEASURES = Map.ofEntries(
            Map.entry("emissionRedirectedTao", RunMeasures::emissionRedirectedTao),
            Map.entry("redirectedPctOfNetwork", RunMeasures::redirectedPctOfNetwork),
            Map.entry("targetShareDeviationMax", RunMeasures::targetShareDeviationMax),
            Map.entry("emaDisplacementMax", RunMeasures::emaDisplacementMax),
            Map.entry("adversaryPnlTao", RunMeasures::adversaryPnlTao),
            Map.entry("adversaryCostTao", RunMeasures::adversaryCostTao),
            Map.entry("maxCapitalAtRiskTao", RunMeasures::maxCapitalAtRiskTao),
            Map.entry("emissionCapturedPerTaoAtRisk", RunMeasures::emissionCapturedPerTaoAtRisk),
            Map.entry("honestLossVsTwinTao", RunMeasures::honestLossVsTwinTao),
            Map.entry("victimSlippageTao", RunMeasures::victimSlippageTao));

    /** Names a {@code --keep} expression may use. */
    public static List<String> names() {
        List<String> out = new java.util.ArrayList<>(MEASURES.keySet().stream().sorted().toList());
        out.addAll(ALIASES.keySet().stream().sorted().toList());
        out.add("alarms");
        out.add("detected");
        return out;
    }

    /** Parses {@code "measure op value"}; throws IllegalArgumentException saying what is allowed. */
    public static KeepProperty parse(String text, RobustStatistic statistic) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("keep expression '" + text + "' is not 'measure op value' (op: >=, >, <=, <, ==, !=)");
        }
        String name = ALIASES.getOrDefault(m.group(1), m.group(1));
        ToDoubleFunction<Evaluation> read;
        if (name.equals("alarms")) {
            read = e -> statistic.of(e.seeds().stream().mapToDouble(SeedResult::alarms).toArray());
        } else if (name.equals("detected")) {
            read = e -> e.detected() ? 1 : 0;
        } else if (MEASURES.containsKey(name)) {
            ToDoubleFunction<RunMeasures> f = MEASURES.get(name);
            read = e -> statistic.of(e.seeds().stream().mapToDouble(s -> f.applyAsDouble(s.measures())).toArray());
        } else {
            throw new IllegalArgumentException("unknown measure '" + m.group(1) + "' (allowed: " + String.join(", ", names()) + ")");
        }
        double value = Double.parseDouble(m.group(3));
        String op = m.group(2);
        ToDoubleFunction<Evaluation> r = read;
        return new KeepProperty(text.trim(), e -> !e.seeds().isEmpty() && compare(r.applyAsDouble(e), op, value));
    }

    /** The search's own property: constraints met and the objective at least {@code threshold}. */
    static KeepProperty atLeast(Objective objective, RobustStatistic statistic, double threshold, Constraints constraints) {
        String text = String.format(Locale.ROOT, "%s (%s over seeds) >= %.6g%s", objective.id(), statistic.id(), threshold,
                constraints.equals(Constraints.NONE) ? "" : ", constraints met");
        return new KeepProperty(text, e -> e.feasible() && e.objective() >= threshold);
    }

    private static boolean compare(double a, String op, double b) {
        return switch (op) {
            case ">=" -> a >= b;
            case ">" -> a > b;
            case "<=" -> a <= b;
            case "<" -> a < b;
            case "==" -> a == b;
            default -> a != b;
        };
    }
}
