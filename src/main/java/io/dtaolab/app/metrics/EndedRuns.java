package io.dtaolab.app.metrics;

import io.dtaolab.app.runs.RunRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Totals over every ended run, tagged by preset (and detector) only, so they stay after per-run series are gone. */
final class EndedRuns {
    private final MeterRegistry registry;

    EndedRuns(MeterRegistry registry) {
        this.registry = registry;
    }

    void run(RunRecord r) {
        for (String preset : r.presets()) {
            Counter.builder("dtao.ended.runs").description("Runs that ended (any final state), over the server's life")
                    .tags("preset", preset).register(registry).increment();
            Counter.builder("dtao.ended.runs.blocks.simulated")
                    .description("Blocks stepped by runs that ended, over the server's life").tags("preset", preset)
                    .register(registry).increment(r.blocksDone());
        }
    }

    void alarm(String detector, String preset) {
        Counter.builder("dtao.alarms.all")
                .description("Detector alarms raised on the attack worlds of all runs over the server's life, by detector")
                .tags("detector", detector, "preset", preset).register(registry).increment();
    }
}
