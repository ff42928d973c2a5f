package io.dtaolab.app.compare;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.jobs.BoundedPool;
import io.dtaolab.app.jobs.JobIds;
import io.dtaolab.app.jobs.RunConflictException;
import io.dtaolab.app.jobs.UnknownJobException;
import io.dtaolab.experiment.compare.Comparison;
import io.dtaolab.experiment.compare.MechanismComparison;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs preset comparisons on its own pool, bounded like runs: {@code lab.runs.max-concurrent} at once and
 * {@code lab.runs.queue-limit} waiting; beyond that a request is refused. Comparisons live in memory.
 */
@ApplicationScoped
public class CompareManager {
    private static final Logger LOG = Logger.getLogger(CompareManager.class);

    private final BoundedPool pool;
    private final Map<String, CompareHandle> compares = new ConcurrentHashMap<>();

    public CompareManager(LabConfig config) {
        this.pool = new BoundedPool("lab-compare", config.runs().maxConcurrent(), config.runs().queueLimit());
    }

    void stop(@Observes @Priority(1) ShutdownEvent ignored) throws InterruptedException {
        compares.values().forEach(CompareHandle::cancel);
        pool.shutdown(20);
    }

    /** 429 now if a comparison could not be queued, before its body is read. */
    public void requireRoom() {
        pool.requireRoom(this::retryAfterSeconds);
    }

    public CompareHandle submit(CompareRequest request) {
        CompareHandle handle = new CompareHandle(JobIds.next("c"), request);
        pool.submit(() -> execute(handle), this::retryAfterSeconds);
        compares.put(handle.id(), handle);
        return handle;
    }

    public CompareHandle get(String id) {
        CompareHandle h = compares.get(id);
        if (h == null) {
            throw new UnknownJobException("comparison", id);
        }
        return h;
    }

    public CompareHandle cancel(String id) {
        CompareHandle h = get(id);
        if (h.state().terminal()) {
            throw new RunConflictException("comparison " + id + " is already " + h.state().wire());
        }
        h.cancel();
        return h;
    }

    private void execute(CompareHandle h) {
        if (!h.start()) {
            return;
        }
        CompareRequest r = h.request();
        try {
            Comparison c = MechanismComparison.run(r.spec(), r.presets(), r.seed(), r.blocks(), h.control(), h::listener);
            h.end(h.control().cancelled() ? CompareState.CANCELLED : CompareState.FINISHED,
                    h.control().cancelled() ? null : c, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            h.end(CompareState.CANCELLED, null, null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOG.errorf(e, "comparison %s failed", h.id());
            h.end(CompareState.FAILED, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Seconds until the soonest running comparison should end; 30 when nothing can tell. */
    private long retryAfterSeconds() {
        return compares.values().stream().map(CompareHandle::etaSeconds).flatMap(Optional::stream)
                .mapToLong(s -> (long) Math.ceil(s)).min().orElse(30);
    }
}
