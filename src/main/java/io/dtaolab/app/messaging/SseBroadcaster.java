package io.dtaolab.app.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Fans run events out to SSE clients: event names {@code state}, {@code tempo}, {@code trade}, {@code progress},
 * {@code alarm}. Each event is serialised once for all clients; the stream ends after the run's final state.
 */
@ApplicationScoped
public class SseBroadcaster {
    private final ObjectMapper json;
    private final DroppedEvents dropped;
    private final int clientBuffer;
    private final SseQuota quota;
    private final Map<String, Set<SseClient>> clients = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile Sse sse;

    public SseBroadcaster(ObjectMapper json, DroppedEvents dropped, LabConfig config) {
        this.json = json;
        this.dropped = dropped;
        this.clientBuffer = config.events().clientBuffer();
        this.quota = new SseQuota(config.events().sseMaxClients(), config.events().sseMaxPerClient());
    }

    /**
     * Streams a run's events to {@code sink}. Refused with {@link StreamRefusedException} (before anything is sent) when
     * {@code remote} already holds its share of streams or the server all it allows.
     */
    public void subscribe(RunHandle handle, SseEventSink sink, Sse sse, String remote) {
        Set<SseClient> set = open(handle.id(), sse, remote);
        SseClient[] self = {client(set, sink, remote)};
        try {
            RunRecord record = handle.record();
            OutboundSseEvent current = event("state", SseViews.state(record, handle.preset(), null));
            if (record.state().terminal()) {
                self[0].end(current);
                return;
            }
            // snapshot first, then live events
            self[0].offer(current);
            handle.lastTempo().ifPresent(t -> self[0].offer(event("tempo", SseViews.tempo(handle.id(), handle.preset(), t))));
            set.add(self[0]);
            if (handle.state().terminal()) {
                self[0].end(event("state", SseViews.state(handle.record(), handle.preset(), null)));
            }
        } catch (RuntimeException e) {
            self[0].close();
            throw e;
        }
    }

    /**
     * Streams the events of another job (a search) published with {@link #publishJob}, in the same frames as a run's:
     * its current {@code state} first; the stream ends with the job's last event, or at once when it has ended.
     */
    public void subscribeJob(String jobId, Supplier<Object> state, BooleanSupplier ended, SseEventSink sink, Sse sse,
                             String remote) {
        Set<SseClient> set = open(jobId, sse, remote);
        SseClient self = client(set, sink, remote);
        try {
            if (ended.getAsBoolean()) {
                self.end(event("state", state.get()));
                return;
            }
            self.offer(event("state", state.get()));
            set.add(self);
            if (ended.getAsBoolean()) {
                self.end(event("state", state.get()));
            }
        } catch (RuntimeException e) {
            self.close();
            throw e;
        }
    }

    /** Sends a job's event to its streams; {@code last} ends them. Never blocks: a slow client drops events. */
    public void publishJob(String jobId, String name, Object payload, boolean last) {
        Set<SseClient> set = clients.get(jobId);
        if (set == null || sse == null) {
            return;
        }
        OutboundSseEvent out = event(name, payload);
        if (last) {
            set.forEach(c -> c.end(out));
            clients.remove(jobId, set);
        } else {
            set.forEach(c -> c.offer(out));
        }
    }

    private Set<SseClient> open(String key, Sse sse, String remote) {
        this.sse = sse;
        clients.values().forEach(set -> set.forEach(SseClient::closeIfGone));
        quota.acquire(remote);
        return clients.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
    }

    private SseClient client(Set<SseClient> set, SseEventSink sink, String remote) {
        SseClient[] self = new SseClient[1];
        self[0] = new SseClient(sink, clientBuffer, dropped, () -> {
            set.remove(self[0]);
            quota.release(remote);
        });
        return self[0];
    }

    public int clients() {
        return clients.values().stream().mapToInt(Set::size).sum();
    }

    @Incoming(Channels.STATE)
    void onState(RunEvent.StateChanged e) {
        Set<SseClient> set = clients.get(e.run());
        if (set == null || sse == null) {
            return;
        }
        OutboundSseEvent out = event("state", SseViews.state(e.record(), e.preset(), e.detail()));
        if (e.record().state().terminal()) {
            set.forEach(c -> c.end(out));
            clients.remove(e.run(), set);
        } else {
            set.forEach(c -> c.offer(out));
        }
    }

    @Incoming(Channels.TEMPO)
    void onTempo(RunEvent.TempoClosed e) {
        fanOut(e.run(), "tempo", () -> SseViews.tempo(e.run(), e.preset(), e.report()));
    }

    @Incoming(Channels.TRADES)
    void onTrade(RunEvent.TradeExecuted e) {
        fanOut(e.run(), "trade", () -> SseViews.trade(e.run(), e.preset(), e.trade()));
    }

    @Incoming(Channels.BLOCKS)
    void onBlock(RunEvent.BlockStepped e) {
        fanOut(e.run(), "progress", () -> e.summary());
    }

    @Incoming(Channels.ALARMS)
    void onAlarm(RunEvent.Alarm e) {
        fanOut(e.run(), "alarm", () -> e);
    }

    private void fanOut(String run, String name, java.util.function.Supplier<Object> payload) {
        Set<SseClient> set = clients.get(run);
        if (set == null || set.isEmpty() || sse == null) {
            return;
        }
        OutboundSseEvent out = event(name, payload.get());
        set.forEach(c -> c.offer(out));
    }

    private OutboundSseEvent event(String name, Object payload) {
        String data;
        try {
            data = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + name + " event", e);
        }
        // no media type on the event: RESTEasy would write it into every frame as a "content-type:" field
        return sse.newEventBuilder().name(name).id(Long.toString(ids.incrementAndGet())).data(String.class, data).build();
    }
}
