package io.dtaolab.app.sweeps;

import io.dtaolab.experiment.sweep.SweepJob;
import java.time.Instant;

/** A sweep known to this process: its job (plan, progress, partial results) and how many workers it runs on. */
public record SweepHandle(String id, SweepJob job, int workers, Instant createdAt) {

    public boolean terminal() {
        SweepJob.State s = job.state();
        return s == SweepJob.State.DONE || s == SweepJob.State.FAILED || s == SweepJob.State.CANCELLED;
    }
}
