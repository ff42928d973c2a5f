package io.dtaolab.app.searches;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.jobs.BoundedPool;
import io.dtaolab.app.jobs.JobIds;
import io.dtaolab.app.jobs.RunConflictException;
import io.dtaolab.app.jobs.UnknownJobException;
import io.dtaolab.app.messaging.SseBroadcaster;
import io.dtaolab.experiment.search.AttackSearch;
import io.dtaolab.experiment.search.SearchOutputs;
import io.dtaolab.experiment.search.SearchProgress;
import io.dtaolab.experiment.search.SearchResult;
import io.dtaolab.scenario.SearchSpec;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Runs searches on local threads, bounded like sweeps: {@code lab.searches.max-concurrent} at once and
 * {@code lab.searches.queue-limit} waiting; beyond that a request is refused. Results go to
 * {@code lab.searches.dir/<id>} (the files {@code search --out} writes); progress goes to the search's SSE stream.
 */
@ApplicationScoped
public class SearchManager {
    private static final Logger LOG = Logger.getLogger(SearchManager.class);
    private final BoundedPool pool;
    private final Path dir;
    private final SseBroadcaster sse;
    private final Map<String, SearchHandle> searches = new ConcurrentHashMap<>();
    private final AtomicLong evaluated = new AtomicLong();
    private final AtomicLong shrinkTrials = new AtomicLong();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Told of every search as it is accepted and after each of its progress reports (on the search's thread). */
    public interface Listener {
        void submitted(SearchHandle h);

        void progressed(SearchHandle h, SearchProgress p);
    }

    public SearchManager(LabConfig config, SseBroadcaster sse) {
        this.pool = new BoundedPool("lab-search", config.searches().maxConcurrent(), config.searches().queueLimit());
        this.dir = Path.of(config.searches().dir()).toAbsolutePath().normalize();
        this.sse = sse;
    }

    void stop(@Observes @Priority(1) ShutdownEvent ignored) throws InterruptedException {
        searches.values().forEach(h -> h.control().cancel());
        pool.shutdown(20);
    }

    /** 429 now if a search could not be queued, before its file is validated. */
    public void requireRoom() {
        pool.requireRoom(() -> 60);
    }

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    public SearchHandle submit(SearchSpec spec, int threads) {
        String id = JobIds.next("q");
        SearchHandle h = new SearchHandle(id, spec, threads, Instant.now(), dir.resolve(id));
        pool.submit(() -> run(h), () -> 60);
        searches.put(id, h);
        listeners.forEach(l -> l.submitted(h));
        return h;
    }

    public SearchHandle get(String id) {
        SearchHandle h = searches.get(id);
        if (h == null) {
            throw new UnknownJobException("search", id);
        }
        return h;
    }

    /** Newest first. */
    public List<SearchHandle> list() {
        return searches.values().stream().sorted(Comparator.comparing(SearchHandle::createdAt).reversed()).toList();
    }

    public long count(SearchHandle.State state) {
        return searches.values().stream().filter(h -> h.state() == state).count();
    }

    /** Search candidates evaluated by every search of this process. */
    public long evaluated() {
        return evaluated.get();
    }

    /** Shrink trials run by every search of this process. */
    public long shrinkTrials() {
        return shrinkTrials.get();
    }

    /** Stops a queued or running search; it ends as cancelled and writes no result files. */
    public SearchHandle cancel(String id) {
        SearchHandle h = get(id);
        if (h.state().terminal()) {
            throw new RunConflictException("search " + id + " is already " + h.state().wire());
        }
        h.control().cancel();
        return h;
    }

    /** Streams a search's state and progress events (the same frames as a run's stream). */
    public void subscribe(String id, SseEventSink sink, Sse events, String remote) {
        SearchHandle h = get(id);
        sse.subscribeJob(id, () -> SearchEvents.state(h), () -> h.state().terminal(), sink, events, remote);
    }

    private void run(SearchHandle h) {
        if (h.control().cancelled()) {
            end(h, SearchHandle.State.CANCELLED, null);
            return;
        }
        h.started();
        sse.publishJob(h.id(), "state", SearchEvents.state(h), false);
        int[] shrinkDone = {0};
        try {
            SearchResult result = new AttackSearch(h.spec(), h.threads(), h.control(), p -> progressed(h, p, shrinkDone)).run();
            SearchOutputs.write(result, h.dir());
            h.finished(result);
            sse.publishJob(h.id(), "state", SearchEvents.state(h), true);
        } catch (InterruptedException e) {
            end(h, SearchHandle.State.CANCELLED, null);
        } catch (Exception | StackOverflowError e) {
            LOG.errorf(e, "search %s failed", h.id());
            end(h, SearchHandle.State.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void progressed(SearchHandle h, SearchProgress p, int[] shrinkDone) {
        evaluated.addAndGet(h.progressed(p));
        if (p.phase().equals("shrink")) {
            shrinkTrials.addAndGet(Math.max(0, p.done() - shrinkDone[0]));
            shrinkDone[0] = p.done();
        } else {
            shrinkDone[0] = 0;
        }
        listeners.forEach(l -> l.progressed(h, p));
        sse.publishJob(h.id(), "progress", SearchEvents.progress(h, p), false);
    }

    private void end(SearchHandle h, SearchHandle.State state, String why) {
        h.end(state, why);
        sse.publishJob(h.id(), "state", SearchEvents.state(h), true);
    }
}
