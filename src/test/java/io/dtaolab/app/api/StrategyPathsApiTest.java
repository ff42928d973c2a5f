package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over the API a missing snapshot is one error among all of the file's, and no answer shows where the server's files are. */
@QuarkusTest
class StrategyPathsApiTest {
    private static final String SERVER_DIR = Path.of("").toAbsolutePath().toString();

    @Test
    void aMissingSnapshotIsReportedWithTheOtherErrorsAndWithoutServerPaths() {
        String yaml = """
                name: x
                seed: 1
                blocks: 100
                preset: current-2026-06
                network:
                  snapshot: networks/none.csv
                  neurons: { validators: 4, miners: 8 }
                adversaries:
                  - id: cartel
                    type: insider-collusion
                    target: 97
                    budgetTao: 100
                    params: { cartelValidators: 6, ownerMiners: 2 }
                """;
        for (String endpoint : List.of("/api/strategies/validate", "/api/runs", "/api/compare")) {
            String body = given().contentType("application/yaml").body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(endpoint).then().statusCode(422)
                    .contentType(Problem.MEDIA_TYPE).extract().asString();
            assertTrue(body.contains("network.snapshot") && body.contains("adversaries[0].params.cartelValidators"),
                    endpoint + ": " + body);
            assertFalse(body.contains(SERVER_DIR), endpoint + " shows a server path: " + body);
        }
    }

    @Test
    void aPostedStrategyUsesTheSharedSnapshotByItsBareName() {
        given().contentType("application/yaml").body("""
                name: x
                seed: 1
                blocks: 10
                preset: current-2026-06
                network:
                  snapshot: mainnet-2026-09-30.csv
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/strategies/validate").then().statusCode(200);
    }
}
