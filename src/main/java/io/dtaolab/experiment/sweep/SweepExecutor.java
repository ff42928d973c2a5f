package io.dtaolab.experiment.sweep;

import io.dtaolab.engine.RunControl;
import java.util.function.Consumer;

/** Runs every task of a plan into a collector: on local threads or on Kafka workers. */
public interface SweepExecutor {

    /**
     * Returns when every run has an outcome, or throws when that cannot happen (timeout, cancel, broker gone).
     * {@code onOutcome} is called once per newly collected outcome, from any thread.
     */
    void execute(ResultCollector collector, RunControl control, Consumer<RunOutcome> onOutcome) throws Exception;
}
