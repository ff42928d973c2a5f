package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SweepApiTest {
    private static final String SHIPPED = "{\"sweep\": \"flow-recycler-budget-grid\", \"workers\": 1}";

    private static String small() {
        return new String(Fixtures.resource("sweep-small.yaml"), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String yaml) {
        return yaml.getBytes(StandardCharsets.UTF_8);
    }

    private static String state(String id) {
        return given().accept("application/json").get("/api/sweeps/" + id).then().statusCode(200).extract().path("state");
    }

    private static void awaitState(String id, String state) {
        Await.until(Duration.ofSeconds(120), "sweep " + id + " " + state, () -> state.equals(state(id)));
    }

    @Test
    void postedSweepRunsToItsAggregates() {
        String id = given().contentType("application/yaml").body(bytes(small())).queryParam("workers", 2).post("/api/sweeps")
                .then().statusCode(201).header("Location", containsString("/api/sweeps/s-")).body("total", equalTo(2))
                .body("workers", equalTo(2)).body("name", equalTo("api-small-sweep")).extract().path("id");
        awaitState(id, "finished");
        given().accept("application/json").get("/api/sweeps/" + id).then().statusCode(200).body("done", equalTo(2))
                .body("failed", equalTo(0)).body("runsPerMinute", greaterThan(0f))
                .body("partial.format", equalTo("dtao-sweep-report/1")).body("partial.runs.completed", equalTo(2))
                .body("partial.cells.size()", equalTo(2)).body("partial.base", equalTo("flow-recycler-two-presets.yaml"));
        given().accept("text/markdown").get("/api/sweeps/" + id).then().statusCode(200)
                .contentType(containsString("text/markdown")).body(containsString("api-small-sweep"));
        given().delete("/api/sweeps/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void baseWrittenAsAShippedSweepWritesIt() {
        String id = given().contentType("application/yaml")
                .body(bytes(small().replace("base: flow-recycler-two-presets.yaml", "base: ../flow-recycler-two-presets.yaml")))
                .queryParam("workers", 1).post("/api/sweeps").then().statusCode(201).extract().path("id");
        awaitState(id, "finished");
    }

    @Test
    void shippedSweepByNameStartsAndCancels() {
        String id = given().contentType("application/json").body(SHIPPED).post("/api/sweeps").then().statusCode(201)
                .body("name", equalTo("flow-recycler-budget-grid")).body("total", equalTo(24)).body("workers", equalTo(1))
                .extract().path("id");
        given().delete("/api/sweeps/" + id).then().statusCode(202).body("id", equalTo(id));
        awaitState(id, "cancelled");
    }

    @Test
    void badSweepsAreRejectedWithLineNumbers() {
        given().contentType("application/yaml")
                .body(bytes(small().replace("base: flow-recycler-two-presets.yaml", "base: ../../src/test/resources/service/small.yaml")))
                .post("/api/sweeps").then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Invalid sweep")).body("errors[0].path", equalTo("base"))
                .body("errors[0].line", equalTo(3)).body("errors[0].column", greaterThan(0))
                .body("errors[0].message", containsString("not a shipped strategy"));
        given().contentType("application/yaml").body(bytes(small().replace("seedsPerCell: 1", "seedsPerCell: 0\nbogus: 1")))
                .post("/api/sweeps").then().statusCode(422).body("errors.size()", greaterThan(1))
                .body("errors.path", hasItem("bogus")).body("errors[0].file", equalTo("request.yaml"))
                .body("errors[0].line", greaterThan(3));
        given().contentType("application/json").body("{\"name\": \"x\"}").post("/api/sweeps").then().statusCode(422)
                .body("errors[0].file", equalTo("request.json"));
        given().contentType("application/yaml").body(bytes("a: [")).post("/api/sweeps").then().statusCode(422)
                .body("errors[0].line", greaterThan(0));
    }

    @Test
    void requestErrors() {
        given().contentType("application/json").body("{\"sweep\": \"nope\"}").post("/api/sweeps").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("flow-recycler-budget-grid"));
        given().contentType("application/json").body("{\"sweep\": \"../sweeps/flow-recycler-budget-grid\"}").post("/api/sweeps")
                .then().statusCode(400);
        given().contentType("application/json").body("{\"sweep\": \"flow-recycler-budget-grid\", \"workers\": 0}")
                .post("/api/sweeps").then().statusCode(400).body("detail", startsWith("workers must be between 1 and"));
        given().contentType("application/json").body("{\"sweep\": \"flow-recycler-budget-grid\", \"workers\": \"two\"}")
                .post("/api/sweeps").then().statusCode(400);
        given().contentType("application/yaml").body(bytes(small())).queryParam("workers", 99).post("/api/sweeps").then()
                .statusCode(400);
        given().contentType("application/yaml").post("/api/sweeps").then().statusCode(400);
        given().accept("application/json").get("/api/sweeps/s-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().delete("/api/sweeps/s-000000000000").then().statusCode(404);
    }

    @Test
    void queueFullAnswers429() {
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                var r = given().contentType("application/json").body(SHIPPED).post("/api/sweeps");
                if (r.statusCode() == 429) {
                    r.then().contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"));
                    break;
                }
                ids.add(r.then().statusCode(201).extract().path("id"));
            }
            assertEquals(5, ids.size(), "1 running + 4 queued, then 429");
            given().accept("application/json").get("/api/sweeps/" + ids.get(4)).then().body("state", equalTo("queued"));
        } finally {
            ids.forEach(id -> given().delete("/api/sweeps/" + id).then().statusCode(202));
            ids.forEach(id -> awaitState(id, "cancelled"));
        }
    }
}
