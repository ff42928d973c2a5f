package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.app.cli.LabCommand;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Worst-attack searches over the API: submit, watch on SSE, fetch the files; the CLI finds the same best attack. */
@QuarkusTest
class SearchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private static String small() {
        return new String(Fixtures.resource("search-small.yaml"), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }

    private static String state(String id) {
        return given().accept("application/json").get("/api/searches/" + id).then().statusCode(200).extract().path("state");
    }

    @Test
    void postedSearchStreamsProgressServesItsFilesAndFindsWhatTheCliFinds(@TempDir Path tmp) throws Exception {
        // a longer search holds the one search thread, so the small one is still queued when its stream opens
        String blocker = given().contentType("application/json").body("{\"search\": \"flow-recycler-worst\", \"threads\": 1}")
                .post("/api/searches").then().statusCode(201).extract().path("id");
        String id = given().contentType("application/yaml").body(bytes(small())).queryParam("threads", 2).post("/api/searches")
                .then().statusCode(201).header("Location", containsString("/api/searches/q-")).body("name", equalTo("api-small-search"))
                .body("threads", equalTo(2)).body("totalEvaluations", equalTo(16)).body("links.events", containsString("/events"))
                .extract().path("id");
        java.io.InputStream stream = open(id); // answered once subscribed: the queued state is its first frame
        given().delete("/api/searches/" + blocker).then().statusCode(202);
        List<JsonNode> frames = frames(stream);
        assertEquals("queued", frames.get(0).get("data").get("state").asText(), frames::toString);
        assertEquals("state", frames.get(0).get("event").asText(), frames::toString);
        JsonNode last = frames.get(frames.size() - 1);
        assertEquals("state", last.get("event").asText());
        assertEquals("finished", last.get("data").get("state").asText(), last::toString);
        List<JsonNode> progress = frames.stream().filter(f -> f.get("event").asText().equals("progress")).map(f -> f.get("data")).toList();
        assertTrue(progress.size() >= 2, "progress after each generation: " + frames);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i).get("evaluated").asInt() >= progress.get(i - 1).get("evaluated").asInt(), progress::toString);
        }
        assertEquals(16, progress.get(progress.size() - 1).get("evaluated").asInt());
        assertEquals(id, progress.get(0).get("search").asText());

        given().accept("application/json").get("/api/searches/" + id).then().statusCode(200).body("state", equalTo("finished"))
                .body("evaluated", equalTo(16)).body("result.budgets.size()", equalTo(2))
                .body("result.budgets[1].best.feasible", equalTo(true))
                .body("files", hasItems("best.yaml", "best-150.yaml", "best-600.yaml", "evaluations.csv", "frontier.csv",
                        "frontier.svg", "convergence.svg", "report.md", "report.json", "report.html"));
        String best = given().get("/api/searches/" + id + "/files/best.yaml").then().statusCode(200)
                .contentType(containsString("application/yaml")).body(containsString("type: flow-recycler")).extract().asString();
        given().accept("text/markdown").get("/api/searches/" + id + "/report").then().statusCode(200)
                .body(containsString("api-small-search"));
        given().get("/api/searches/" + id + "/files/frontier.svg").then().statusCode(200).contentType(containsString("image/svg+xml"));
        given().get("/api/searches/" + id + "/files/..%2F..%2Fpom.xml").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/searches/" + id + "/files/nothing.yaml").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/searches/" + id).then().statusCode(409).contentType("application/problem+json");

        String metrics = given().get("/q/metrics").asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("dtao_search_evaluations_total{phase=\"search\"}")
                && Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= 16), metrics);
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("dtao_search_best_objective{") && l.contains("search=\"" + id + "\"")
                && l.contains("budget_tao=\"600.000\"")), metrics);

        // the same file and seed through the CLI (1 thread instead of 2): the same evaluations, the same best attack
        Path file = tmp.resolve("search-small.yaml");
        Files.writeString(file, small().replace("base: ../flow-recycler-two-presets.yaml",
                "base: " + Path.of("strategies/flow-recycler-two-presets.yaml").toAbsolutePath()));
        int exit = new CommandLine(new LabCommand()).execute("search", file.toString(), "--threads", "1", "--out", tmp.resolve("out").toString());
        assertEquals(0, exit);
        assertEquals(Files.readString(tmp.resolve("out/best.yaml")), best);
        assertEquals(Files.readString(tmp.resolve("out/evaluations.csv")),
                given().get("/api/searches/" + id + "/files/evaluations.csv").then().statusCode(200).extract().asString());
    }

    @Test
    void badSearchFilesAreRejectedWithLineAndColumn() {
        given().contentType("application/yaml").body(bytes(small().replace("evaluations: 8", "evaluations: 0\nbogus: 1")))
                .post("/api/searches").then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Invalid search")).body("errors.size()", greaterThan(1))
                .body("errors.find { it.path == 'bogus' }.line", equalTo(21))
                .body("errors.find { it.path == 'evaluations' }.line", equalTo(20))
                .body("errors.find { it.path == 'evaluations' }.column", greaterThan(0));
        given().contentType("application/yaml")
                .body(bytes(small().replace("base: ../flow-recycler-two-presets.yaml", "base: ../../pom.xml")))
                .post("/api/searches").then().statusCode(422).body("errors[0].path", equalTo("base"))
                .body("errors[0].line", equalTo(3)).body("errors[0].message", containsString("a posted search builds on"));
        given().contentType("application/json").body("{\"search\": \"flow-recycler-worst\", \"bogus\": 1}").post("/api/searches")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("bogus"));
        given().contentType("application/json").body("{\"search\": ").post("/api/searches").then().statusCode(400);
        given().contentType("application/json").body("{\"search\": \"nope\"}").post("/api/searches").then().statusCode(400)
                .body("detail", containsString("no shipped search"));
        given().contentType("application/json").body("{\"search\": \"flow-recycler-worst\", \"threads\": 9}").post("/api/searches")
                .then().statusCode(400).body("detail", containsString("threads must be between 1 and"));
        given().contentType("application/yaml").post("/api/searches").then().statusCode(400);
        given().contentType("text/plain").body("x").post("/api/searches").then().statusCode(415);
        given().contentType("application/yaml").body(bytes(small().replace("blocks: 1440", "blocks: 5000000")
                        .replace("evaluations: 8", "evaluations: 5000"))).post("/api/searches").then().statusCode(422)
                .body("detail", containsString("lab.searches.max-work"));
        given().accept("application/json").get("/api/searches/q-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/searches/q-000000000000/events").then().statusCode(404);
    }

    @Test
    void shippedSearchesQueueUpToTheLimitAndCancel() {
        List<String> ids = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 8 && refused == null; i++) {
            Response r = given().contentType("application/json").body("{\"search\": \"flow-recycler-worst\", \"threads\": 1}")
                    .post("/api/searches");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.path("id"));
            }
        }
        assertTrue(refused != null, "the sixth search is refused (1 running + 4 queued)");
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.header("Retry-After") != null);
        for (String id : ids) {
            given().delete("/api/searches/" + id).then().statusCode(202).body("id", equalTo(id));
        }
        for (String id : ids) {
            Await.until(Duration.ofSeconds(60), "search " + id + " cancelled", () -> "cancelled".equals(state(id)));
            given().get("/api/searches/" + id + "/files").then().statusCode(409);
        }
    }

    /** Opens a search's event stream (answered once subscribed). */
    private java.io.InputStream open(String id) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "api/searches/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(120)).build();
        HttpResponse<java.io.InputStream> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, resp.statusCode());
        return resp.body();
    }

    /** Reads a search's stream to its end: each frame as {event, id, data}; checks each frame has exactly those lines. */
    private static List<JsonNode> frames(java.io.InputStream body) throws Exception {
        List<JsonNode> frames = new ArrayList<>();
        List<String> frame = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    frame.add(line);
                    continue;
                }
                if (!frame.isEmpty()) {
                    assertEquals(3, frame.size(), "event, id and data: " + frame);
                    var node = JSON.createObjectNode();
                    for (String l : frame) {
                        String key = l.substring(0, l.indexOf(':'));
                        String value = l.substring(l.indexOf(':') + 1).strip();
                        if (key.equals("data")) {
                            node.set("data", JSON.readTree(value));
                        } else {
                            node.put(key, value);
                        }
                    }
                    frames.add(node);
                }
                frame = new ArrayList<>();
            }
        }
        return frames;
    }
}
