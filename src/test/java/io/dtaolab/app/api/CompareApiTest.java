package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompareApiTest {

    private static String state(String id) {
        return given().accept("application/json").get("/api/compare/" + id).then().statusCode(200).extract().path("state");
    }

    @Test
    void shippedStrategyComparedAcrossTwoPresets() {
        String id = given().contentType("application/json")
                .body("{\"strategy\": \"wash-trader\", \"presets\": [\"taoflow-2025-11\", \"root-vote\"], \"seed\": 3, \"blocks\": 300}")
                .post("/api/compare").then().statusCode(202).header("Location", containsString("/api/compare/c-"))
                .body("presets.preset", hasItems("taoflow-2025-11", "root-vote")).extract().path("id");
        Await.until(Duration.ofSeconds(120), "comparison " + id, () -> "finished".equals(state(id)));
        given().accept("application/json").get("/api/compare/" + id).then().statusCode(200)
                .body("progress", equalTo(1.0f)).body("presets[0].state", equalTo("done"))
                .body("presets[1].blocksDone", equalTo(300))
                .body("comparison.presets.size()", equalTo(2)).body("comparison.presets[1].preset", equalTo("root-vote"))
                .body("comparison.bestPreset", matchesPattern("taoflow-2025-11|root-vote"))
                .body("comparison.conclusion", containsString("resisted best"));
        given().accept("text/markdown").get("/api/compare/" + id).then().statusCode(200)
                .contentType(containsString("text/markdown")).body(containsString("| measure | taoflow-2025-11 | root-vote |"));
        given().delete("/api/compare/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void strategyDocumentWithPresetsFromTheQuery() {
        String id = given().contentType("application/yaml").body(Fixtures.resource("small.yaml"))
                .queryParam("presets", "taoflow-2025-11,netflow-2026-05").queryParam("blocks", 200)
                .post("/api/compare").then().statusCode(202).body("strategy", equalTo("service-small"))
                .body("blocks", equalTo(200)).extract().path("id");
        Await.until(Duration.ofSeconds(120), "comparison " + id, () -> "finished".equals(state(id)));
        given().accept("application/json").get("/api/compare/" + id).then().body("comparison.presets.size()", equalTo(2));
    }

    @Test
    void errors() {
        given().contentType("application/yaml").body(Fixtures.resource("bad.yaml")).post("/api/compare").then()
                .statusCode(422).contentType("application/problem+json").body("title", equalTo("Invalid strategy"))
                .body("errors[0].line", greaterThan(1)).body("errors[0].column", greaterThan(0));
        given().contentType("application/json").body("{\"strategy\": \"wash-trader\", \"presets\": [\"nope\"]}")
                .post("/api/compare").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown preset 'nope'"));
        given().contentType("application/json").body("{\"strategy\": \"wash-trader\", \"presets\": \"root-vote\"}")
                .post("/api/compare").then().statusCode(400).body("detail", startsWith("presets must be an array"));
        given().contentType("application/json").body("{\"strategy\": \"nope\"}").post("/api/compare").then().statusCode(400);
        given().contentType("application/json").body("{\"strategy\": \"wash-trader\", \"blocks\": 0}").post("/api/compare")
                .then().statusCode(400).body("detail", containsString("blocks"));
        given().accept("application/json").get("/api/compare/c-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("c-000000000000"));
        given().delete("/api/compare/c-000000000000").then().statusCode(404);
    }

    @Test
    void queueFullAnswers429AndCancelStopsComparisons() {
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                var r = given().contentType("application/json")
                        .body("{\"strategy\": \"wash-trader\", \"presets\": [\"root-vote\"], \"blocks\": 5000000}").post("/api/compare");
                if (r.statusCode() == 429) {
                    r.then().contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"));
                    break;
                }
                ids.add(r.then().statusCode(202).extract().path("id"));
            }
            org.junit.jupiter.api.Assertions.assertEquals(10, ids.size(), "2 running + 8 queued, then 429");
            given().accept("application/json").get("/api/compare/" + ids.get(9)).then().body("state", equalTo("queued"))
                    .body("presets[0].state", equalTo("pending"));
            given().accept("text/markdown").get("/api/compare/" + ids.get(0)).then().statusCode(409)
                    .contentType("application/problem+json");
        } finally {
            ids.forEach(id -> given().delete("/api/compare/" + id).then().statusCode(202));
            ids.forEach(id -> Await.until(Duration.ofSeconds(60), "cancel " + id, () -> "cancelled".equals(state(id))));
        }
    }
}
