package io.dtaolab.app.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts events a full buffer refused (engine queue or an SSE client): {@code dtao_events_dropped_total}. */
@Startup
@ApplicationScoped
public class DroppedEvents {
    private final Counter counter;

    public DroppedEvents(MeterRegistry registry) {
        this.counter = Counter.builder("dtao.events.dropped")
                .description("Run events dropped because a bounded buffer was full")
                .register(registry);
    }

    public void increment() {
        counter.increment();
    }

    public double count() {
        return counter.count();
    }
}
