package io.dtaolab.app.jobs;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.messaging.EventBus;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunRequest;
import io.dtaolab.app.runs.RunState;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Accepts runs, runs at most {@code lab.runs.max-concurrent} at once on its own pool (never the event loop),
 * queues up to {@code lab.runs.queue-limit} more and refuses the rest. Knows every run: live ones and those
 * the store listed at startup.
 */
@ApplicationScoped
public class RunManager {
    private static final Logger LOG = Logger.getLogger(RunManager.class);
    private static final SecureRandom IDS = new SecureRandom();

    private final LabConfig config;
    private final RunStore store;
    private final EventBus bus;
    private final RunTransitions transitions;
    private final ConcurrentHashMap<String, RunHandle> runs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor pool;
    private volatile boolean shuttingDown;

    public RunManager(LabConfig config, RunStore store, EventBus bus) {
        this.config = config;
        this.store = store;
        this.bus = bus;
        this.transitions = new RunTransitions(store, bus);
        int threads = config.runs().maxConcurrent();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "lab-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void load(@Observes StartupEvent ignored) {
        for (RunRecord r : store.loadAll()) {
            runs.put(r.id(), new RunHandle(r, null));
        }
        LOG.infof("run store %s: %d runs", store.root(), runs.size());
    }

    /** Stops live runs before the event bus drains; they end as interrupted. */
    void stop(@Observes @Priority(1) ShutdownEvent ignored) throws InterruptedException {
        shuttingDown = true;
        runs.values().stream().filter(RunHandle::live).forEach(h -> h.control().cancel());
        pool.shutdown();
        pool.awaitTermination(20, TimeUnit.SECONDS);
    }

    /** 429 now if a run could not be queued, before its body is read. */
    public void requireRoom() {
        int live = (int) runs.values().stream().filter(RunHandle::live).count();
        if (live >= config.runs().maxConcurrent() + config.runs().queueLimit()) {
            throw new QueueFullException(live, retryAfterSeconds());
        }
    }

    public synchronized RunHandle submit(RunRequest request) throws IOException {
        int live = (int) runs.values().stream().filter(RunHandle::live).count();
        if (live >= config.runs().maxConcurrent() + config.runs().queueLimit()) {
            throw new QueueFullException(live, retryAfterSeconds());
        }
        String id = newId();
        List<String> presets = request.spec().mechanisms().stream().map(m -> m.name()).toList();
        RunRecord record = new RunRecord(id, request.spec().name(), presets, request.seed(), request.blocks(),
                request.speed(), RunState.QUEUED, Instant.now(), null, null, 0, null);
        try {
            store.saveSource(id, request.sourceName(), request.source());
            store.create(record);
        } catch (IOException e) {
            store.discard(id);
            throw new StorageException("the run could not be stored, nothing was kept: " + StorageException.reason(e));
        }
        RunHandle handle = new RunHandle(record, request);
        runs.put(id, handle);
        transitions.queued(handle);
        pool.execute(new RunWorker(handle, store, bus, transitions, config.events().blockInterval().toNanos(),
                () -> shuttingDown));
        return handle;
    }

    public RunHandle get(String id) {
        RunHandle h = runs.get(id);
        if (h == null) {
            throw new UnknownRunException(id);
        }
        return h;
    }

    public Optional<RunHandle> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Runs newest first, optionally only those in one state. */
    public List<RunHandle> list(Optional<RunState> state) {
        return runs.values().stream().filter(h -> state.map(s -> h.state() == s).orElse(true))
                .sorted(Comparator.comparing(RunHandle::createdAt).reversed()).toList();
    }

    public long count(RunState state) {
        return runs.values().stream().filter(h -> h.state() == state).count();
    }

    public RunHandle cancel(String id) {
        RunHandle h = get(id);
        requireLive(h);
        transitions.cancel(h);
        return h;
    }

    public RunHandle pace(String id, double blocksPerSecond) {
        RunHandle h = get(id);
        requireLive(h);
        h.control().pace(blocksPerSecond);
        return h;
    }

    public RunHandle pause(String id, boolean paused) {
        RunHandle h = get(id);
        requireLive(h);
        transitions.pause(h, paused);
        return h;
    }

    private static void requireLive(RunHandle h) {
        if (!h.live()) {
            throw new RunConflictException("run " + h.id() + " is " + h.state().wire() + "; only queued, running or"
                    + " paused runs accept commands");
        }
    }

    /** Seconds until the soonest running run should end, bounded to [1, 3600]; 30 when nothing can tell. */
    long retryAfterSeconds() {
        return runs.values().stream().filter(h -> h.state() == RunState.RUNNING)
                .map(RunHandle::etaSeconds).flatMap(Optional::stream)
                .mapToLong(s -> (long) Math.ceil(s)).min().stream()
                .map(s -> Math.max(1, Math.min(3600, s))).findFirst().orElse(30);
    }

    private String newId() {
        byte[] bytes = new byte[6];
        IDS.nextBytes(bytes);
        return "r-" + HexFormat.of().formatHex(bytes);
    }
}
