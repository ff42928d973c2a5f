package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run directory whose state file says running (the process died) is listed as interrupted after start. */
@QuarkusTest
@TestProfile(RestartRecoveryTest.CrashedStore.class)
class RestartRecoveryTest {
    static final Path DIR = Path.of("target/test-runs-crashed");

    public static class CrashedStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path run = DIR.resolve("r-0000deadbeef");
                Files.createDirectories(run);
                Files.writeString(run.resolve("state.json"), """
                        {"id":"r-0000deadbeef","strategy":"service-small","presets":["taoflow-2025-11"],"seed":7,
                         "blocks":720,"speed":0,"state":"running","createdAt":"2026-11-01T10:00:00Z",
                         "startedAt":"2026-11-01T10:00:01Z","endedAt":null,"blocksDone":0,"error":null}
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("lab.runs.dir", DIR.toString());
        }
    }

    @Test
    void crashedRunIsInterrupted() {
        given().get("/api/runs/r-0000deadbeef").then().statusCode(200).body("state", equalTo("interrupted"));
        given().queryParam("state", "interrupted").get("/api/runs").then().body("id[0]", equalTo("r-0000deadbeef"));
        given().delete("/api/runs/r-0000deadbeef").then().statusCode(409);
        given().get("/api/runs/r-0000deadbeef/report").then().statusCode(404);
    }
}
