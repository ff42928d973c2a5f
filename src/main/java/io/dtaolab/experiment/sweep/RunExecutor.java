package io.dtaolab.experiment.sweep;

import io.dtaolab.analysis.Measures;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Runs one {@link RunTask} to a {@link RunOutcome}; never throws, a failed run becomes an outcome with an error. */
public final class RunExecutor {

    private RunExecutor() {
    }

    public static RunOutcome execute(RunTask task, RunControl control) {
        return execute(task, control, null);
    }

    /** As above, starting from {@code warm} (a saved state's worlds) when it is not null. */
    public static RunOutcome execute(RunTask task, RunControl control, WarmWorlds warm) {
        return execute(task, control, warm, null);
    }

    /** As above; {@code spareCore} (null: never) says when the run may move its twin to a core gone idle. */
    public static RunOutcome execute(RunTask task, RunControl control, WarmWorlds warm, BooleanSupplier spareCore) {
        try {
            LoadResult loaded = StrategyLoader.check(task.runKey() + ".yaml", task.strategyYaml().getBytes(StandardCharsets.UTF_8),
                    Path.of(task.strategyDir()));
            if (loaded instanceof LoadResult.Invalid invalid) {
                return RunOutcome.failure(task, "invalid cell strategy: " + invalid.errors().stream().map(FieldError::format)
                        .findFirst().orElse(""));
            }
            StrategySpec spec = ((LoadResult.Valid) loaded).spec();
            // one thread per run: a sweep already keeps every core busy with runs side by side
            RunOrder order = RunOrder.of(spec, spec.mechanism(), task.seed(), spec.blocks()).withDetectors(false)
                    .withWorldThreads(1).withSpareCore(spareCore);
            RunData data = RunPipeline.execute(warm == null ? order : order.withWarmWorlds(warm), control,
                    RunListener.NONE, AlarmSink.NONE).data();
            if (data.interrupted()) {
                return RunOutcome.failure(task, "interrupted");
            }
            RunMeasures m = Measures.of(data);
            Map<String, Double> values = new LinkedHashMap<>();
            for (Measure measure : Measure.values()) {
                values.put(measure.name(), measure.of(m));
            }
            return new RunOutcome(task.runKey(), task.cell(), task.seed(), m.preset(), values, data.stateHashAttack(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunOutcome.failure(task, "interrupted");
        } catch (RuntimeException | StackOverflowError e) {
            return RunOutcome.failure(task, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
