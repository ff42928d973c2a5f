package io.dtaolab.app.metrics;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.jobs.RunManager;
import io.dtaolab.app.messaging.Channels;
import io.dtaolab.app.messaging.RunEvent;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The metrics binder: consumes tempo reports, alarms and state changes and keeps the Prometheus meters of every live
 * run. Series per run are bounded whatever callers do: an ended run keeps its meters only while it is among the
 * {@code lab.metrics.recent-runs} most recently ended and for at most {@code lab.metrics.retention}; what it
 * contributed lives on in series without a run tag ({@link EndedRuns}).
 */
@ApplicationScoped
public class LabMetrics {
    private final MeterRegistry registry;
    private final RunManager manager;
    private final long retentionMillis;
    private final RecentRuns recent;
    private final EndedRuns ended;
    /** Held while a run's meters are checked against eviction and registered, and while they are removed: without it a
     * tempo event that passed the check could re-register the meters of a run evicted in between. */
    private final Object meterLock = new Object();
    private final Map<String, Map<String, RunMeters>> runs = new ConcurrentHashMap<>();
    private final Map<String, List<Meter>> engineMeters = new ConcurrentHashMap<>();
    private final Map<String, List<Meter>> alarmMeters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lab-metrics-retention");
        t.setDaemon(true);
        return t;
    });

    public LabMetrics(MeterRegistry registry, RunManager manager, LabConfig config) {
        this.registry = registry;
        this.manager = manager;
        this.retentionMillis = config.metrics().retention().toMillis();
        this.recent = new RecentRuns(config.metrics().recentRuns());
        this.ended = new EndedRuns(registry);
    }

    void start(@Observes StartupEvent ignored) {
        for (RunState s : RunState.values()) {
            Gauge.builder("dtao.runs", manager, m -> m.count(s))
                    .description("Runs this server knows in each state (queued, running, paused, finished, cancelled, "
                            + "failed, interrupted, corrupt)")
                    .tags("state", s.wire()).register(registry);
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        reaper.shutdownNow();
    }

    @Incoming(Channels.TEMPO)
    void onTempo(RunEvent.TempoClosed e) {
        synchronized (meterLock) {
            if (!keeps(e.run())) {
                return;
            }
            runs.computeIfAbsent(e.run(), k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(e.preset(), p -> new RunMeters(registry, e.run(), p)).update(e.report());
        }
    }

    /** {@code dtao_alarms_total{run, detector, preset}}: attack-world detector alarms. */
    @Incoming(Channels.ALARMS)
    void onAlarm(RunEvent.Alarm e) {
        ended.alarm(e.detector(), e.preset());
        synchronized (meterLock) {
            if (!keeps(e.run())) {
                return;
            }
            Counter counter = Counter.builder("dtao.alarms")
                    .description("Detector alarms raised on the run's attack world, by detector")
                    .tags(Tags.of("run", e.run(), "detector", e.detector(), "preset", e.preset())).register(registry);
            List<Meter> meters = alarmMeters.computeIfAbsent(e.run(), k -> new CopyOnWriteArrayList<>());
            if (!meters.contains(counter)) {
                meters.add(counter);
            }
            counter.increment();
        }
    }

    @Incoming(Channels.STATE)
    void onState(RunEvent.StateChanged e) {
        RunState state = e.record().state();
        if (state == RunState.RUNNING || state == RunState.PAUSED) {
            manager.find(e.run()).ifPresent(this::registerEngineMeters);
        } else if (state.terminal() && recent.ended(e.run())) {
            ended.run(e.record());
            recent.evicted().forEach(this::remove);
            reaper.schedule(() -> remove(e.run()), retentionMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether a run may (still) have meters: not yet pushed out of the recently ended (late events included). */
    private boolean keeps(String run) {
        return recent.keeps(run);
    }

    private void registerEngineMeters(RunHandle h) {
        synchronized (meterLock) {
            if (keeps(h.id())) {
                registerEngineMetersOf(h);
            }
        }
    }

    private void registerEngineMetersOf(RunHandle h) {
        engineMeters.computeIfAbsent(h.id(), id -> {
            List<Meter> meters = new ArrayList<>(RunIdentityMeters.register(registry, h));
            Tags tags = Tags.of("run", id, "preset", h.record().presets().get(0));
            meters.add(FunctionCounter.builder("dtao.blocks.simulated", h, RunHandle::blocksSimulated)
                    .description("Blocks the run stepped over all its presets (attack and twin in lockstep count once)")
                    .tags(tags).register(registry));
            meters.add(Gauge.builder("dtao.run.blocks.per.second", h, RunHandle::blocksPerSecond)
                    .description("The run's recent simulation speed in blocks per wall-clock second (0 unless running)")
                    .tags(tags).strongReference(true).register(registry));
            return meters;
        });
    }

    /** Drops every meter of a run (all presets). */
    void remove(String run) {
        synchronized (meterLock) {
            removeMeters(run);
        }
    }

    private void removeMeters(String run) {
        Map<String, RunMeters> presets = runs.remove(run);
        if (presets != null) {
            presets.values().forEach(m -> m.meters().forEach(registry::remove));
        }
        List<Meter> engine = engineMeters.remove(run);
        if (engine != null) {
            engine.forEach(registry::remove);
        }
        List<Meter> alarms = alarmMeters.remove(run);
        if (alarms != null) {
            alarms.forEach(registry::remove);
        }
    }
}
