package io.dtaolab.app.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A client that never acknowledges a send holds at most its buffer; the rest is dropped and counted. */
class SseClientTest {

    @Test
    void stalledClientIsBoundedAndCountsDrops() {
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        boolean[] closed = {false};
        SseEventSink sink = (SseEventSink) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{SseEventSink.class},
                (p, m, a) -> switch (m.getName()) {
                    case "send" -> {
                        CompletableFuture<Void> f = new CompletableFuture<>();
                        inFlight.add(f);
                        yield f;
                    }
                    case "isClosed" -> closed[0];
                    case "close" -> {
                        closed[0] = true;
                        yield null;
                    }
                    default -> null;
                });
        DroppedEvents dropped = new DroppedEvents(new SimpleMeterRegistry());
        SseClient client = new SseClient(sink, 16, dropped, () -> { });
        OutboundSseEvent event = (OutboundSseEvent) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{OutboundSseEvent.class}, (p, m, a) -> null);
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            client.offer(event);
        }
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "offering must not wait for the client");
        assertEquals(1, inFlight.size(), "one send in flight");
        assertEquals(10_000 - 1 - 16, dropped.count(), 0.0);
        client.end(event);
        inFlight.get(0).complete(null);
        assertEquals(2, inFlight.size());
        for (int i = 1; i <= 16; i++) {
            inFlight.get(i).complete(null);
        }
        assertTrue(closed[0], "closed after the final event");
    }
}
