package io.dtaolab.app.runs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run started over the API without a pace plays at the shipped default (the %test profile, which makes other
 * tests' runs fast, is left out here), so a 30-day run lasts tens of minutes; "max" still runs flat out.
 */
@QuarkusTest
@TestProfile(DefaultPaceTest.ShippedConfig.class)
class DefaultPaceTest {
    /** README: "lab.runs.default-speed | 100". */
    static final double SHIPPED_DEFAULT = 100;

    public static class ShippedConfig implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "shipped-pace";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", "0", "lab.runs.dir", "target/test-runs-pace",
                    "lab.sweeps.dir", "target/test-sweeps-pace");
        }
    }

    @Test
    void aRunWithoutPaceIsWatchableAndMaxIsNot() throws Exception {
        long posted = System.nanoTime();
        String paced = given().contentType("application/yaml").body(small()).queryParam("blocks", 216_000)
                .post("/api/runs").then().statusCode(201).extract().path("id");
        String max = given().contentType("application/yaml").body(small()).queryParam("blocks", 1440)
                .queryParam("speed", "max").post("/api/runs").then().statusCode(201).extract().path("id");
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!"finished".equals(view(max).getString("state"))) {
                assertTrue(System.nanoTime() < deadline, "the max-speed run of 1,440 blocks did not finish in 60 s");
                Thread.sleep(100);
            }
            JsonPath p = view(paced);
            double seconds = (System.nanoTime() - posted) / 1e9;
            assertEquals(SHIPPED_DEFAULT, p.getDouble("requestedBlocksPerSecond"), "pace of a run that asked for none");
            assertTrue(p.getLong("blocksDone") <= SHIPPED_DEFAULT * seconds + 1,
                    p.getLong("blocksDone") + " blocks done in " + seconds + " s");
            assertNull(view(max).get("requestedBlocksPerSecond"), "max asks for no pace");
        } finally {
            given().delete("/api/runs/" + paced);
        }
    }

    private static JsonPath view(String id) {
        return given().get("/api/runs/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static byte[] small() throws IOException {
        try (InputStream in = DefaultPaceTest.class.getResourceAsStream("/service/small.yaml")) {
            return in.readAllBytes();
        }
    }
}
