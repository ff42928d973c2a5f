package io.dtaolab.experiment.sweep;

import io.dtaolab.engine.RunControl;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One execution of a sweep plan: runs it on an executor, then writes the outputs. {@link #run} blocks; progress,
 * partial results and cancel may be used from other threads meanwhile.
 */
public final class SweepJob {
    public enum State { PENDING, RUNNING, DONE, FAILED, CANCELLED }

    private final SweepPlan plan;
    private final SweepExecutor executor;
    private final Path outDir;
    private final ResultCollector collector;
    private final RunControl control = new RunControl();
    private volatile State state = State.PENDING;
    private volatile String error;

    public SweepJob(SweepPlan plan, SweepExecutor executor, Path outDir) {
        this.plan = plan;
        this.executor = executor;
        this.outDir = outDir;
        this.collector = new ResultCollector(plan);
    }

    /** Runs every task, then writes the result files; {@code onOutcome} sees each newly collected outcome. */
    public SweepResult run(Consumer<RunOutcome> onOutcome) {
        state = State.RUNNING;
        try {
            executor.execute(collector, control, onOutcome);
            SweepResult result = collector.result();
            SweepOutputs.write(outDir, result);
            state = State.DONE;
            return result;
        } catch (Exception | StackOverflowError e) {
            if (control.cancelled()) {
                state = State.CANCELLED;
            } else {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                state = State.FAILED;
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return collector.result();
        }
    }

    public void cancel() {
        control.cancel();
    }

    public SweepPlan plan() {
        return plan;
    }

    public State state() {
        return state;
    }

    /** Why the job failed, or null. */
    public String error() {
        return error;
    }

    public Path outDir() {
        return outDir;
    }

    public SweepProgress progress() {
        return collector.progress(state.name());
    }

    /** Aggregates over the outcomes collected so far. */
    public SweepResult partial() {
        return collector.result();
    }
}
