package io.dtaolab.app.metrics;

import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person picks a run by and what dashboards and alerts join on: {@code dtao_run_info} (strategy, seed, one
 * series per preset), {@code dtao_run_state} (a state set: 1 for the run's state, 0 for the others) and
 * {@code dtao_run_start_time_seconds} (to list runs newest first).
 */
final class RunIdentityMeters {
    private RunIdentityMeters() {
    }

    static List<Meter> register(MeterRegistry registry, RunHandle h) {
        RunRecord r = h.record();
        List<Meter> meters = new ArrayList<>();
        for (String preset : r.presets()) {
            meters.add(Gauge.builder("dtao.run.info", () -> 1)
                    .description("Always 1: what a run is (strategy name, seed, preset); join on run to label any series")
                    .tags("run", r.id(), "strategy", r.strategy(), "seed", Long.toString(r.seed()), "preset", preset)
                    .register(registry));
        }
        for (RunState s : RunState.values()) {
            meters.add(Gauge.builder("dtao.run.state", h, x -> x.state() == s ? 1 : 0)
                    .description("1 for the state the run is in, 0 for the others (queued, running, paused, finished, "
                            + "cancelled, failed, interrupted, corrupt)")
                    .tags("run", r.id(), "state", s.wire()).strongReference(true).register(registry));
        }
        Instant started = r.startedAt() != null ? r.startedAt() : r.createdAt();
        double startSeconds = started.toEpochMilli() / 1000.0;
        meters.add(Gauge.builder("dtao.run.start.time.seconds", () -> startSeconds)
                .description("When the run started, in seconds since the Unix epoch (sort runs newest first by it)")
                .tags("run", r.id()).register(registry));
        return meters;
    }
}
