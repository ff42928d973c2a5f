package io.dtaolab.experiment.sweep;

import io.dtaolab.analysis.Measures;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.Run;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs one {@link RunTask} to a {@link RunOutcome}; never throws, a failed run becomes an outcome with an error. */
public final class RunExecutor {

    private RunExecutor() {
    }

    public static RunOutcome execute(RunTask task, RunControl control) {
        try {
            LoadResult loaded = StrategyLoader.check(task.runKey() + ".yaml", task.strategyYaml().getBytes(StandardCharsets.UTF_8),
                    Path.of(task.strategyDir()));
            if (loaded instanceof LoadResult.Invalid invalid) {
                return RunOutcome.failure(task, "invalid cell strategy: " + invalid.errors().stream().map(FieldError::format)
                        .findFirst().orElse(""));
            }
            StrategySpec spec = ((LoadResult.Valid) loaded).spec();
            RunData data = new Run(spec, spec.mechanism(), task.seed(), spec.blocks(), OrderingPolicy.FEE_PRIORITY, control,
                    RunListener.NONE).worldThreads(1).execute();
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
