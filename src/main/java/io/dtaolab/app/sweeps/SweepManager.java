package io.dtaolab.app.sweeps;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.jobs.BoundedPool;
import io.dtaolab.app.jobs.JobIds;
import io.dtaolab.app.jobs.RunConflictException;
import io.dtaolab.app.jobs.UnknownJobException;
import io.dtaolab.experiment.sweep.LocalSweepExecutor;
import io.dtaolab.experiment.sweep.SweepJob;
import io.dtaolab.experiment.sweep.SweepPlan;
import io.dtaolab.scenario.SweepSpec;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs sweeps on local worker threads, bounded like runs: {@code lab.sweeps.max-concurrent} at once and
 * {@code lab.sweeps.queue-limit} waiting; beyond that a request is refused. Results go to
 * {@code lab.sweeps.dir/<id>}; the sweeps themselves are known until the process stops.
 */
@ApplicationScoped
public class SweepManager {
    private final BoundedPool pool;
    private final Path dir;
    private final Map<String, SweepHandle> sweeps = new ConcurrentHashMap<>();

    public SweepManager(LabConfig config) {
        this.pool = new BoundedPool("lab-sweep", config.sweeps().maxConcurrent(), config.sweeps().queueLimit());
        this.dir = Path.of(config.sweeps().dir()).toAbsolutePath().normalize();
    }

    void stop(@Observes @Priority(1) ShutdownEvent ignored) throws InterruptedException {
        sweeps.values().forEach(h -> h.job().cancel());
        pool.shutdown(20);
    }

    /** 429 now if a sweep could not be queued, before its document is validated. */
    public void requireRoom() {
        pool.requireRoom(this::retryAfterSeconds);
    }

    public SweepHandle submit(SweepSpec spec, int workers) {
        String id = JobIds.next("s");
        SweepJob job = new SweepJob(SweepPlan.of(id, spec), new LocalSweepExecutor(workers), dir.resolve(id));
        SweepHandle handle = new SweepHandle(id, job, workers, Instant.now());
        pool.submit(() -> job.run(outcome -> { }), this::retryAfterSeconds);
        sweeps.put(id, handle);
        return handle;
    }

    public SweepHandle get(String id) {
        SweepHandle h = sweeps.get(id);
        if (h == null) {
            throw new UnknownJobException("sweep", id);
        }
        return h;
    }

    /** Stops a queued or running sweep; it ends as cancelled and writes no result files. */
    public SweepHandle cancel(String id) {
        SweepHandle h = get(id);
        if (h.terminal()) {
            throw new RunConflictException("sweep " + id + " is already " + h.job().state().name().toLowerCase());
        }
        h.job().cancel();
        return h;
    }

    /** Seconds until the soonest running sweep should end; 60 when nothing can tell. */
    private long retryAfterSeconds() {
        return sweeps.values().stream().filter(h -> h.job().state() == SweepJob.State.RUNNING)
                .mapToDouble(h -> h.job().progress().etaSeconds()).filter(Double::isFinite)
                .mapToLong(s -> (long) Math.ceil(s)).min().orElse(60);
    }
}
