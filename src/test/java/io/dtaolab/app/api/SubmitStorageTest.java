package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run store that cannot take the run: a clean 503 saying nothing was kept, no server path, no 500. */
@QuarkusTest
@TestProfile(SubmitStorageTest.Unwritable.class)
class SubmitStorageTest {
    static final Path BLOCKER = Path.of("target/test-runs-blocked");

    public static class Unwritable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.createDirectories(BLOCKER.getParent());
                if (!Files.isRegularFile(BLOCKER)) {
                    Files.deleteIfExists(BLOCKER);
                    Files.writeString(BLOCKER, "a file where the run store's parent directory should be");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("lab.runs.dir", BLOCKER.resolve("runs").toString());
        }
    }

    @Test
    void aSubmitTheStoreCannotTakeIsA503AndLeavesNothing() {
        given().contentType("application/yaml").body(Fixtures.resource("small.yaml")).post("/api/runs").then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", "60")
                .body("detail", containsString("nothing was kept"))
                .body("detail", not(containsString(BLOCKER.toAbsolutePath().toString())));
        given().get("/api/runs").then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }
}
