package io.dtaolab.experiment.search;

import io.dtaolab.analysis.Measures;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategySpec;
import io.dtaolab.scenario.StrategyTrees;
import java.nio.file.Path;

/**
 * One candidate run with the detectors watching, as a search scores it: here (with the search's warmed worlds) or
 * on a worker from a {@link CandidateTask}. Both give the same result: a forked warm world steps exactly like one
 * warmed alone.
 */
public final class CandidateRuns {
    /** The name candidate strategies are checked under (it names no file). */
    static final String FILE_NAME = "candidate.yaml";

    private CandidateRuns() {
    }

    /** Checks a candidate's strategy text; null with {@code errors[0]} set when it is not a valid strategy. */
    static StrategySpec check(String yaml, Path strategyDir, String[] error) {
        LoadResult r = StrategyTrees.check(FILE_NAME, yaml, strategyDir);
        if (r instanceof LoadResult.Valid v) {
            return v.spec();
        }
        error[0] = "not a valid strategy: " + ((LoadResult.Invalid) r).errors().stream()
                .map(e -> e.path() + ": " + e.message()).findFirst().orElse("");
        return null;
    }

    static SeedResult run(StrategySpec spec, long seed, WarmWorlds warm, RunControl control) throws InterruptedException {
        RunOrder order = RunOrder.of(spec, spec.mechanism(), seed, spec.blocks());
        RunPipeline.Result r = RunPipeline.execute(warm == null ? order : order.withWarmWorlds(warm), control,
                RunListener.NONE, AlarmSink.NONE);
        if (r.data().interrupted()) {
            throw new InterruptedException("search cancelled");
        }
        RunMeasures m = Measures.of(r.data());
        return new SeedResult(seed, m, r.detection().detected(), r.detection().alarms().size(), r.data().stateHashAttack());
    }

    /** A worker's side: runs the task's candidate; {@link IllegalArgumentException} when its strategy is not valid. */
    public static SeedResult execute(CandidateTask task, RunControl control) throws InterruptedException {
        String[] error = new String[1];
        StrategySpec spec = check(task.strategyYaml(), Path.of(task.strategyDir()), error);
        if (spec == null) {
            throw new IllegalArgumentException(error[0]);
        }
        return run(spec, task.seed(), null, control);
    }
}
