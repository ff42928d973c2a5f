package io.dtaolab.experiment.sweep;

import io.dtaolab.scenario.SweepCell;
import io.dtaolab.scenario.SweepSpec;
import java.util.ArrayList;
import java.util.List;

/** The runs of a sweep in run-key order: every cell times every seed. */
public record SweepPlan(String sweepId, SweepSpec spec, List<RunTask> tasks) {

    public SweepPlan {
        tasks = List.copyOf(tasks);
    }

    public static SweepPlan of(String sweepId, SweepSpec spec) {
        List<RunTask> tasks = new ArrayList<>();
        for (SweepCell cell : spec.cells()) {
            for (int r = 0; r < spec.seeds().size(); r++) {
                tasks.add(new RunTask(sweepId, RunTask.key(cell.index(), r), cell.index(), spec.seeds().get(r),
                        cell.strategyYaml(), spec.strategyDir().toString()));
            }
        }
        return new SweepPlan(sweepId, spec, tasks);
    }

    public int size() {
        return tasks.size();
    }
}
