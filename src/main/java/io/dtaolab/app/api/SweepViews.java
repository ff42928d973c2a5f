package io.dtaolab.app.api;

import io.dtaolab.app.sweeps.SweepHandle;
import io.dtaolab.experiment.sweep.SweepJob;
import io.dtaolab.experiment.sweep.SweepJson;
import io.dtaolab.experiment.sweep.SweepProgress;
import java.util.Map;

/** Maps sweep handles to {@link SweepView}s. */
final class SweepViews {
    private SweepViews() {
    }

    static SweepView of(SweepHandle h) {
        SweepJob job = h.job();
        SweepProgress p = job.progress();
        double eta = p.etaSeconds();
        return new SweepView(h.id(), job.plan().spec().name(), state(job.state()), h.workers(), p.total(), p.done(),
                p.failed(), p.runsPerMinute(), Double.isFinite(eta) ? eta : null, p.elapsedSeconds(), h.createdAt(),
                job.error(), SweepJson.tree(job.partial()), Map.of("self", "/api/sweeps/" + h.id()));
    }

    static String state(SweepJob.State s) {
        return switch (s) {
            case PENDING -> "queued";
            case RUNNING -> "running";
            case DONE -> "finished";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }
}
