package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is one a client can be generated from, and the server keeps to it: every operation is
 * called (with a valid and with a deliberately wrong request) and must answer a documented status with a documented
 * media type. Nothing here is written by hand from the document's side: it is fetched from /q/openapi.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE");

    private static String served() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    private static OpenAPI parsed() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served(), null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(), () -> "parser: " + result.getMessages());
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void theDocumentIsCompleteAndEveryReferenceResolves() throws Exception {
        String served = served();
        // kept for reading and for generating a client: target/openapi.json
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), served);
        JsonNode raw = JSON.readTree(served);
        List<String> refs = new ArrayList<>();
        collectRefs(raw, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(raw.at(JsonPointer.compile(ref.substring(1))).isMissingNode(), () -> "unresolved $ref " + ref);
        }

        OpenAPI api = parsed();
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get("bearer");
        assertNotNull(bearer, "a bearer security scheme (Swagger UI's Authorize button)");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());

        Map<String, Operation> ops = operations(api);
        assertTrue(ops.size() >= 17, ops.keySet()::toString);
        assertEquals(ops.size(), ops.values().stream().map(Operation::getOperationId).filter(java.util.Objects::nonNull)
                .distinct().count(), "a unique operationId on every operation");
        for (Map.Entry<String, Operation> e : ops.entrySet()) {
            String op = e.getKey();
            Operation o = e.getValue();
            assertTrue(o.getResponses() != null && !o.getResponses().isEmpty(), op + " has no responses");
            assertTrue(o.getResponses().keySet().stream().anyMatch(c -> c.startsWith("2")), op + " has no success response");
            assertFalse(o.getResponses().containsKey("204") && op.endsWith("/events"), op + " documented as 204");
            o.getResponses().forEach((code, r) -> {
                assertTrue(r.getContent() != null && !r.getContent().isEmpty(), op + " " + code + " has no content");
                r.getContent().forEach((type, media) -> assertNotNull(media.getSchema(), op + " " + code + " " + type + " has no schema"));
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertEquals(Set.of(PROBLEM), r.getContent().keySet(), op + " " + code);
                }
            });
            if (o.getRequestBody() != null) {
                o.getRequestBody().getContent().forEach((type, media) ->
                        assertNotNull(media.getSchema(), op + " request " + type + " has no schema"));
            }
            boolean secured = o.getSecurity() != null && o.getSecurity().stream().anyMatch(s -> s.containsKey("bearer"));
            boolean needsToken = MUTATING.contains(op.substring(0, op.indexOf(' '))) && !op.endsWith("/validate")
                    || op.endsWith("/events");
            assertEquals(needsToken, secured, op + ": bearer requirement");
            if (secured) {
                assertTrue(o.getResponses().containsKey("401") && o.getResponses().containsKey("403"), op);
            }
        }
        Operation events = ops.get("GET /api/runs/{id}/events");
        MediaType stream = events.getResponses().get("200").getContent().get("text/event-stream");
        assertNotNull(stream, "the event stream is text/event-stream");
        JsonNode eventSchema = raw.at("/components/schemas/RunStreamEvent");
        assertEquals(List.of("state", "tempo", "trade", "progress", "alarm"),
                JSON.convertValue(eventSchema.at("/properties/event/enum"), List.class));
        assertTrue(ops.get("POST /api/runs").getRequestBody().getContent().get("application/json").getSchema().getOneOf().size() == 2,
                "POST /api/runs takes a shipped-strategy request or a strategy document");
    }

    /** Known-good ids for the {id} and {name} of each resource, and bodies for each operation that takes one. */
    private record Fixture(Map<String, String> ids, Map<String, String> validYaml, Map<String, String> invalidJson) {
        String id(String path) {
            return ids.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("no id for " + path));
        }
    }

    private static Fixture fixture() {
        String run = TestRuns.startAndFinish();
        String compare = given().contentType("application/yaml").body(Fixtures.resource("small.yaml"))
                .queryParam("presets", "taoflow-2025-11").queryParam("blocks", 60).post("/api/compare")
                .then().statusCode(202).extract().path("id");
        String sweep = given().contentType("application/yaml").body(Fixtures.resource("sweep-small.yaml"))
                .queryParam("workers", 1).post("/api/sweeps").then().statusCode(201).extract().path("id");
        String search = given().contentType("application/yaml").body(Fixtures.resource("search-small.yaml"))
                .queryParam("threads", 1).post("/api/searches").then().statusCode(201).extract().path("id");
        Await.until(Duration.ofSeconds(120), "compare, sweep and search finished", () ->
                "finished".equals(given().accept("application/json").get("/api/compare/" + compare).path("state"))
                        && "finished".equals(given().accept("application/json").get("/api/sweeps/" + sweep).path("state"))
                        && "finished".equals(given().accept("application/json").get("/api/searches/" + search).path("state")));
        String small = new String(Fixtures.resource("small.yaml"), StandardCharsets.UTF_8);
        String sweepYaml = new String(Fixtures.resource("sweep-small.yaml"), StandardCharsets.UTF_8);
        String searchYaml = new String(Fixtures.resource("search-small.yaml"), StandardCharsets.UTF_8);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/runs", run);
        ids.put("/api/compare", compare);
        ids.put("/api/sweeps", sweep);
        ids.put("/api/searches", search);
        ids.put("/api/strategies", "wash-trader");
        return new Fixture(ids,
                Map.of("POST /api/runs", small, "POST /api/compare", small, "POST /api/sweeps", sweepYaml, "POST /api/searches", searchYaml,
                        "POST /api/strategies/validate", small),
                Map.of("POST /api/runs", "{\"strategy\": \"wash-trader\", \"blok\": 7200}",
                        "POST /api/compare", "{\"strategy\": \"wash-trader\", \"blok\": 7200}",
                        "POST /api/sweeps", "{\"sweep\": \"flow-recycler-budget-grid\", \"blok\": 7200}",
                        "POST /api/searches", "{\"search\": \"flow-recycler-worst\", \"blok\": 7200}",
                        "POST /api/strategies/validate", "{\"blok\": 7200}",
                        "PUT /api/runs/{id}/speed", "{\"blok\": 7200}"));
    }

    @Test
    void everyOperationAnswersOnlyWhatItDocuments() {
        OpenAPI api = parsed();
        Fixture f = fixture();
        List<Map.Entry<String, Operation>> ops = new ArrayList<>(operations(api).entrySet());
        // reads first, the DELETEs last: they end what the reads look at
        ops.sort(Comparator.comparingInt(e -> List.of("GET", "PUT", "POST", "DELETE").indexOf(e.getKey().split(" ")[0])));
        int calls = 0;
        for (Map.Entry<String, Operation> e : ops) {
            String method = e.getKey().split(" ")[0];
            String path = e.getKey().split(" ")[1];
            Operation o = e.getValue();
            List<String> accepts = new ArrayList<>(o.getResponses().entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                    .flatMap(r -> r.getValue().getContent().keySet().stream()).distinct().toList());
            for (boolean valid : new boolean[] {true, false}) {
                String target = path.replace("{id}", valid ? f.id(path) : "no-such-id")
                        .replace("{name}", valid ? f.id(path) : "no-such-strategy");
                for (String accept : accepts) {
                    RequestSpecification req = given().accept(accept);
                    if (o.getRequestBody() != null) {
                        String key = e.getKey();
                        if (valid && f.validYaml().containsKey(key)) {
                            req = req.contentType("application/yaml").body(f.validYaml().get(key).getBytes(StandardCharsets.UTF_8));
                        } else if (valid && key.endsWith("/speed")) {
                            req = req.contentType("application/json").body("{\"paused\": false}");
                        } else {
                            String body = f.invalidJson().get(key);
                            assertNotNull(body, "no request planned for " + key);
                            req = req.contentType("application/json").body(body);
                        }
                    }
                    Response r = req.request(method, target);
                    calls++;
                    checkDocumented(e.getKey() + (valid ? "" : " (invalid)") + " Accept " + accept, o, r);
                    if (!valid && o.getRequestBody() != null && !path.contains("{") && !path.endsWith("validate")) {
                        assertEquals(400, r.statusCode(), e.getKey() + " with an unknown property: " + r.asString());
                        assertTrue(r.asString().contains("'blok'") && r.asString().contains("allowed: "), r.asString());
                    }
                }
            }
        }
        assertTrue(calls >= 2 * ops.size(), "every operation called");
    }

    private static void checkDocumented(String what, Operation o, Response r) {
        String status = Integer.toString(r.statusCode());
        ApiResponse documented = o.getResponses().get(status);
        assertNotNull(documented, () -> what + " answered " + status + ", documented: " + o.getResponses().keySet()
                + "\n" + r.asString());
        Content content = documented.getContent();
        String type = r.contentType() == null ? "" : r.contentType().split(";")[0].trim();
        assertTrue(content.containsKey(type), () -> what + " answered " + status + " as '" + type + "', documented: "
                + content.keySet());
    }

    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> out = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
            if (!p.getKey().startsWith("/api")) {
                continue;
            }
            p.getValue().readOperationsMap().forEach((m, o) -> out.put(m.name() + " " + p.getKey(), o));
        }
        return out;
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref") && f.getValue().isTextual()) {
                    out.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
