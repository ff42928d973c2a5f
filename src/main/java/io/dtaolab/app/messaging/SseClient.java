package io.dtaolab.app.messaging;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One SSE connection with its own bounded buffer: one send in flight at a time, so a slow client fills only
 * its buffer, and events that do not fit are dropped and counted. The final event is always kept.
 */
final class SseClient {
    private final SseEventSink sink;
    private final ArrayBlockingQueue<OutboundSseEvent> queue;
    private final DroppedEvents dropped;
    private final Runnable onClose;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean ending;

    SseClient(SseEventSink sink, int capacity, DroppedEvents dropped, Runnable onClose) {
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.dropped = dropped;
        this.onClose = onClose;
    }

    void offer(OutboundSseEvent event) {
        if (ending || closed.get()) {
            return;
        }
        if (!queue.offer(event)) {
            dropped.increment();
        }
        pump();
    }

    /** Sends {@code last} after what is queued, then closes the stream. */
    void end(OutboundSseEvent last) {
        if (ending || closed.get()) {
            return;
        }
        while (!queue.offer(last)) {
            if (queue.poll() != null) {
                dropped.increment();
            }
        }
        ending = true;
        pump();
    }

    private void pump() {
        while (true) {
            if (closed.get() || !sending.compareAndSet(false, true)) {
                return;
            }
            OutboundSseEvent next = queue.poll();
            if (next == null) {
                sending.set(false);
                if (queue.isEmpty()) {
                    if (ending) {
                        close();
                    }
                    return;
                }
                continue;
            }
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(next).whenComplete((ok, error) -> {
                sending.set(false);
                if (error != null) {
                    close();
                } else {
                    pump();
                }
            });
            return;
        }
    }

    /** Closes this stream if its client has hung up (noticed by the server, not yet by a failed send). */
    void closeIfGone() {
        if (sink.isClosed()) {
            close();
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // the client has gone already
            }
            onClose.run();
        }
    }
}
