package io.dtaolab.app.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.app.api.TestRuns;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** The channel wiring end to end: engine → bus → channels → Kafka sink, with lab-kafka on the in-memory connector. */
@QuarkusTest
@TestProfile(KafkaSinkChannelTest.KafkaInMemory.class)
class KafkaSinkChannelTest {
    public static class KafkaInMemory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(InMemoryConnector.switchOutgoingChannelsToInMemory(Channels.KAFKA));
            config.put("lab.kafka.enabled", "true");
            config.put("lab.runs.dir", "target/test-runs-kafka");
            return config;
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void runEventsReachTheKafkaChannelKeyedByRun() {
        InMemorySink<String> sink = connector.sink(Channels.KAFKA);
        sink.clear();
        String id = TestRuns.startAndFinish();
        TestRuns.await(java.time.Duration.ofSeconds(10), "final state on the Kafka channel", () -> sink.received().stream()
                .anyMatch(m -> m.getPayload().contains(id) && m.getPayload().contains("\"finished\"")));
        List<? extends Message<String>> received = sink.received();
        List<String> payloads = received.stream().map(Message::getPayload).filter(p -> p.contains(id)).toList();
        assertTrue(payloads.stream().anyMatch(p -> p.startsWith("{\"type\":\"state\"") && p.contains("\"finished\"")),
                payloads.toString());
        assertTrue(payloads.stream().filter(p -> p.startsWith("{\"type\":\"tempo\"")).count() >= 2, payloads.toString());
        assertTrue(received.stream().filter(m -> m.getPayload().contains(id)).allMatch(m -> m
                .getMetadata(OutgoingKafkaRecordMetadata.class).map(k -> id.equals(k.getKey())).orElse(false)));
    }
}
