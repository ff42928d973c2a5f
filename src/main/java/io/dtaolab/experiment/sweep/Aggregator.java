package io.dtaolab.experiment.sweep;

import io.dtaolab.scenario.SweepCell;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link SweepResult} from outcomes. Everything is computed from the outcomes sorted by run key, so the
 * result does not depend on how many workers ran them or in which order they finished.
 */
public final class Aggregator {
    private Aggregator() {
    }

    public static SweepResult of(SweepPlan plan, Collection<RunOutcome> outcomes) {
        List<RunOutcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparing(RunOutcome::runKey));
        Map<Integer, List<RunOutcome>> byCell = new TreeMap<>();
        for (RunOutcome o : sorted) {
            byCell.computeIfAbsent(o.cell(), c -> new ArrayList<>()).add(o);
        }
        List<CellSummary> cells = new ArrayList<>();
        for (SweepCell cell : plan.spec().cells()) {
            List<RunOutcome> runs = byCell.getOrDefault(cell.index(), List.of());
            if (!runs.isEmpty()) {
                cells.add(cell(plan, cell, runs));
            }
        }
        return new SweepResult(plan, sorted, cells, costCurve(sorted));
    }

    private static CellSummary cell(SweepPlan plan, SweepCell cell, List<RunOutcome> runs) {
        List<RunOutcome> ok = runs.stream().filter(o -> !o.failed()).toList();
        Map<String, Stats> stats = new LinkedHashMap<>();
        for (String name : plan.spec().measures()) {
            Measure m = Measure.valueOf(name);
            stats.put(name, Stats.of(ok.stream().mapToDouble(o -> o.measure(m)).toArray()));
        }
        return new CellSummary(cell.index(), cell.params(), cell.spec().preset(), ok.size(), runs.size() - ok.size(),
                paidOff(ok), stats);
    }

    private static double paidOff(List<RunOutcome> ok) {
        if (ok.isEmpty()) {
            return Double.NaN;
        }
        return (double) ok.stream().filter(o -> o.measure(Measure.adversaryPnlTao) > 0).count() / ok.size();
    }

    /** Per preset (alphabetical), per budget (ascending): emission redirected over every run at that point. */
    private static List<CostPoint> costCurve(List<RunOutcome> sorted) {
        Map<String, Map<Double, List<RunOutcome>>> points = new TreeMap<>();
        for (RunOutcome o : sorted) {
            if (!o.failed()) {
                points.computeIfAbsent(o.preset(), p -> new TreeMap<>())
                        .computeIfAbsent(o.measure(Measure.adversaryBudgetTao), b -> new ArrayList<>()).add(o);
            }
        }
        List<CostPoint> curve = new ArrayList<>();
        points.forEach((preset, byBudget) -> byBudget.forEach((budget, runs) -> curve.add(new CostPoint(preset, budget,
                runs.size(), Stats.of(runs.stream().mapToDouble(o -> o.measure(Measure.emissionRedirectedTao)).toArray()),
                paidOff(runs)))));
        return curve;
    }
}
