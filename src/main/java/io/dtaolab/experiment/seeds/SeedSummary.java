package io.dtaolab.experiment.seeds;

import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.Verdict;
import io.dtaolab.experiment.sweep.Measure;
import io.dtaolab.experiment.sweep.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strategy over N seeds: each headline measure as its median with a 90 % interval (5th to 95th percentile,
 * linear between order statistics; undefined values skipped and counted), how often each verdict axis came out
 * which way, the share of seeds in which the attack paid off (economics = profit), and a verdict drawn from that
 * distribution rather than from one seed.
 */
public record SeedSummary(String strategy, String preset, long blocks, List<Long> seeds, Map<String, Interval> measures,
                          double paidOffShare, Map<String, Integer> distortion, Map<String, Integer> economics,
                          Map<String, Integer> detection, String verdict, List<PerSeed> perSeed) {

    /** Median and 90 % interval of one measure; {@code n} seeds had a value. */
    public record Interval(int n, double median, double p5, double p95) {
    }

    /** One seed's headline figures and verdict. */
    public record PerSeed(long seed, double pnlTao, double emissionRedirectedTao, double maxCapitalAtRiskTao,
                          String distortion, String economics, String detection, long residualRao) {
    }

    static SeedSummary of(String strategy, String preset, long blocks, List<RunMeasures> runs) {
        Map<String, Interval> measures = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            double[] v = runs.stream().mapToDouble(m::of).toArray();
            Stats s = Stats.of(v);
            measures.put(m.name(), new Interval(s.n(), s.p50(), s.p5(), s.p95()));
        }
        Map<String, Integer> distortion = count(runs, r -> r.verdictAxes().distortion().name());
        Map<String, Integer> economics = count(runs, r -> r.verdictAxes().economics().name());
        Map<String, Integer> detection = count(runs, r -> r.verdictAxes().detection().name());
        double paidOff = (double) economics.getOrDefault(Verdict.Economics.PROFIT.name(), 0) / runs.size();
        List<PerSeed> per = new ArrayList<>();
        for (RunMeasures r : runs) {
            per.add(new PerSeed(r.seed(), r.adversaryPnlTao(), r.emissionRedirectedTao(), r.maxCapitalAtRiskTao(),
                    r.verdictAxes().distortion().name(), r.verdictAxes().economics().name(),
                    r.verdictAxes().detection().name(), r.accounting().residualRao().longValueExact()));
        }
        double[] caught = runs.stream().filter(r -> r.verdictAxes().detection() == Verdict.Detection.CAUGHT)
                .mapToDouble(r -> r.verdictAxes().caughtAfterBlocks()).toArray();
        String verdict = verdict(runs.size(), measures, distortion, economics, detection, paidOff, Stats.of(caught),
                runs.get(0).verdictAxes().thresholdPct());
        return new SeedSummary(strategy, preset, blocks, runs.stream().map(RunMeasures::seed).toList(), measures, paidOff,
                distortion, economics, detection, verdict, per);
    }

    private static Map<String, Integer> count(List<RunMeasures> runs, java.util.function.Function<RunMeasures, String> key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        runs.forEach(r -> out.merge(key.apply(r), 1, Integer::sum));
        return out;
    }

    private static String verdict(int n, Map<String, Interval> m, Map<String, Integer> distortion,
                                  Map<String, Integer> economics, Map<String, Integer> detection, double paidOff,
                                  Stats caught, double threshold) {
        Interval pnl = m.get(Measure.adversaryPnlTao.name());
        Interval redirected = m.get(Measure.emissionRedirectedTao.name());
        int material = distortion.getOrDefault(Verdict.Distortion.MATERIAL.name(), 0);
        int caughtN = detection.getOrDefault(Verdict.Detection.CAUGHT.name(), 0);
        int monitored = n - detection.getOrDefault(Verdict.Detection.NOT_MONITORED.name(), 0);
        String typical = paidOff >= 0.5 ? "the attack typically pays off" : "the attack typically does not pay off";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "over %d seeds %s (profit in %d of %d; median PnL %+.3f TAO, 90 %% interval %+.3f to %+.3f)",
                n, typical, economics.getOrDefault(Verdict.Economics.PROFIT.name(), 0), n, pnl.median(), pnl.p5(), pnl.p95()));
        sb.append(String.format(Locale.ROOT, "; distortion material (≥ %s %%) in %d of %d, median emission redirected to the target %s",
                java.math.BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString(), material, n,
                redirected.n() == 0 ? "n/a" : String.format(Locale.ROOT, "%+.1f TAO (%+.1f to %+.1f)", redirected.median(), redirected.p5(), redirected.p95())));
        sb.append(monitored == 0 ? "; detection: not monitored"
                : String.format(Locale.ROOT, "; caught in %d of %d%s", caughtN, monitored,
                caughtN == 0 ? "" : String.format(Locale.ROOT, " (median %.0f blocks after the start)", caught.p50())));
        return sb.toString();
    }
}
