package io.dtaolab.app.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunState;
import io.dtaolab.engine.BlockSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

/** Publishing never waits: with nobody draining, the queue stops at its capacity and counts the rest. */
class EventBusTest {

    @SuppressWarnings("unchecked")
    private static <T> Emitter<T> emitter() {
        return (Emitter<T>) Proxy.newProxyInstance(EventBusTest.class.getClassLoader(), new Class<?>[]{Emitter.class},
                (p, m, a) -> m.getName().equals("hasRequests") ? Boolean.TRUE : null);
    }

    @Test
    void fullQueueDropsAndCountsButKeepsStateChanges() {
        LabConfig config = (LabConfig) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{LabConfig.class},
                (p, m, a) -> m.getName().equals("events") ? Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[]{LabConfig.Events.class}, (p2, m2, a2) -> m2.getName().equals("buffer") ? 100 : null) : null);
        DroppedEvents dropped = new DroppedEvents(new SimpleMeterRegistry());
        EventBus bus = new EventBus(config, dropped, emitter(), emitter(), emitter(), emitter(), emitter());
        long start = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            bus.publish(new RunEvent.BlockStepped("r-1", "p", new BlockSummary(i, 100_000, i, 1, 0, 0)));
        }
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertEquals(100, bus.queued());
        assertEquals(100_000 - 100, dropped.count(), 0.0);
        bus.publish(new RunEvent.StateChanged(new RunRecord("r-1", "s", List.of("p"), 1, 1, 0, RunState.FINISHED,
                Instant.now(), null, null, 1, null), "p", null));
        assertEquals(101, bus.queued(), "state changes are never dropped");
    }
}
