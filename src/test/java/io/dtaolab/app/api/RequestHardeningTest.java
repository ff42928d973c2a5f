package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests that ask too much or are malformed are refused cleanly, before any work, and change nothing. */
@QuarkusTest
class RequestHardeningTest {

    private static Response post(String path, String contentType, String body) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post(path);
    }

    @Test
    void aBadSpeedBodyChangesNothing() {
        String id = Fixtures.start("1");
        try {
            given().contentType("application/json").body("{\"blocksPerSecond\": 50, \"paused\": \"yes\"}")
                    .put("/api/runs/" + id + "/speed").then().statusCode(400).contentType("application/problem+json");
            given().get("/api/runs/" + id).then().body("requestedBlocksPerSecond", equalTo(1.0f))
                    .body("state", org.hamcrest.Matchers.not(equalTo("paused")));
        } finally {
            given().delete("/api/runs/" + id);
        }
    }

    @Test
    void malformedJsonSaysWhere() {
        post("/api/runs", "application/json", "{\"strategy\": \"wash-trader\",\n  \"blocks\": 7200,,\n}").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 2, column"));
    }

    @Test
    void seedOverridesAreRangeChecked() {
        post("/api/runs?seed=-1", "application/json", "{\"strategy\": \"wash-trader\", \"blocks\": 10}").then()
                .statusCode(400).body("detail", containsString("seed"));
        post("/api/runs", "application/json", "{\"strategy\": \"wash-trader\", \"blocks\": 10, \"seed\": -5}").then()
                .statusCode(400).body("detail", containsString("seed"));
    }

    @Test
    void keysCountAgainstTheBudgetNotJustAgents() {
        StringBuilder yaml = new StringBuilder("""
                name: swarms
                seed: 1
                blocks: 10
                preset: holder-vote
                network: { synthetic: { subnets: 2 } }
                adversaries:
                """);
        for (int i = 0; i < 3; i++) {
            yaml.append("  - { id: s").append(i).append(", type: sybil-swarm, target: 1, budgetTao: 1000, coldkeys: 100000, ")
                    .append("params: { swarmColdkeys: 100000 } }\n");
        }
        for (String path : List.of("/api/runs", "/api/strategies/validate")) {
            post(path, "application/yaml", yaml.toString()).then().statusCode(422).contentType("application/problem+json")
                    .body("detail", containsString("lab.runs.max-keys"));
        }
    }

    @Test
    void workIsBudgetedPerRunAndOverASweep() {
        post("/api/runs", "application/json", "{\"strategy\": \"mainnet-scale\", \"blocks\": 5256000}").then()
                .statusCode(422).body("detail", containsString("lab.runs.max-work"));
        post("/api/compare", "application/json", "{\"strategy\": \"mainnet-scale\", \"blocks\": 1000000}").then()
                .statusCode(422).body("detail", containsString("lab.runs.max-work"));
        String sweep = """
                name: too-much
                base: wash-trader.yaml
                axes:
                  - { path: duration, values: [730d] }
                  - { path: "adversaries[0].budgetTao", values: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000] }
                seedsPerCell: 1000
                measures: [emissionRedirectedTao]
                """;
        post("/api/sweeps", "application/yaml", sweep).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("lab.sweeps.max-work"));
    }

    @Test
    void aFullQueueIsReportedBeforeTheBodyIsEvenRead() {
        List<String> ids = new ArrayList<>();
        try {
            while (true) {
                Response r = given().contentType("application/yaml").body(Fixtures.resource("small.yaml"))
                        .queryParam("speed", "1").post("/api/runs");
                if (r.statusCode() == 429) {
                    break;
                }
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.path("id"));
            }
            post("/api/runs", "application/yaml", "name: [unparseable").then().statusCode(429)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        } finally {
            ids.forEach(id -> given().delete("/api/runs/" + id));
        }
    }
}
