package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every frame of a run's event stream is what the OpenAPI document says: event, id and one line of JSON data. */
@QuarkusTest
class SseFramesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Test
    void framesCarryOnlyEventIdAndJsonDataOfADocumentedEventType() throws Exception {
        JsonNode doc = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        Set<String> documented = new HashSet<>();
        doc.at("/components/schemas/RunStreamEvent/properties/event/enum").forEach(n -> documented.add(n.asText()));
        assertFalse(documented.isEmpty());

        String id = Fixtures.start("0.5");
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "api/runs/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<java.io.InputStream> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, resp.statusCode());
        assertTrue(resp.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        given().contentType("application/json").body("{\"blocksPerSecond\": 400}").put("/api/runs/" + id + "/speed")
                .then().statusCode(200);
        List<List<String>> frames = new ArrayList<>();
        List<String> frame = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!frame.isEmpty()) {
                        frames.add(frame);
                    }
                    frame = new ArrayList<>();
                } else {
                    frame.add(line);
                }
            }
        }
        assertTrue(frames.size() >= 4, frames::toString);
        Set<String> seen = new HashSet<>();
        for (List<String> f : frames) {
            assertEquals(3, f.size(), () -> "event, id and data, nothing else: " + f);
            assertTrue(f.get(0).startsWith("id:") || f.get(0).startsWith("event:"), f::toString);
            String event = f.stream().filter(l -> l.startsWith("event:")).findFirst().orElseThrow().substring(6).strip();
            String data = f.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow().substring(5).strip();
            assertTrue(f.stream().anyMatch(l -> l.matches("id: ?\\d+")), f::toString);
            assertTrue(documented.contains(event), () -> event + " is not among the documented " + documented);
            assertTrue(JSON.readTree(data).isObject(), data);
            seen.add(event);
        }
        assertTrue(seen.containsAll(List.of("state", "tempo", "progress")), seen::toString);
    }
}
