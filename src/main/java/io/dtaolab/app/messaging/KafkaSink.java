package io.dtaolab.app.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.app.config.LabConfig;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Optional sink: state changes, tempo reports and alarms as JSON records keyed by run id on channel
 * {@code lab-kafka}. Switched on at run time by {@code lab.kafka.enabled=true} with the channel on the Kafka
 * connector (the {@code kafka} profile sets both); otherwise it sends nothing and the channel stays on the
 * in-memory connector, so a default start never touches a broker.
 */
@ApplicationScoped
public class KafkaSink {
    private final ObjectMapper json;
    private final DroppedEvents dropped;
    private final Emitter<String> out;
    private final boolean enabled;

    public KafkaSink(ObjectMapper json, DroppedEvents dropped, LabConfig config,
                     @Channel(Channels.KAFKA) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024) Emitter<String> out) {
        this.json = json;
        this.dropped = dropped;
        this.out = out;
        this.enabled = config.kafka().enabled();
    }

    @Incoming(Channels.STATE)
    void onState(RunEvent.StateChanged e) {
        send(e.run(), "state", SseViews.state(e.record(), e.preset(), e.detail()));
    }

    @Incoming(Channels.TEMPO)
    void onTempo(RunEvent.TempoClosed e) {
        send(e.run(), "tempo", SseViews.tempo(e.run(), e.preset(), e.report()));
    }

    @Incoming(Channels.ALARMS)
    void onAlarm(RunEvent.Alarm e) {
        send(e.run(), "alarm", e);
    }

    private void send(String run, String type, Object payload) {
        if (!enabled) {
            return;
        }
        if (!out.hasRequests()) {
            dropped.increment();
            return;
        }
        try {
            String body = "{\"type\":\"" + type + "\",\"event\":" + json.writeValueAsString(payload) + "}";
            out.send(Message.of(body).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(run).build()));
        } catch (JsonProcessingException | RuntimeException e) {
            dropped.increment();
        }
    }
}
