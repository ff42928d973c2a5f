package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AuthTest.WithToken.class)
class AuthTest {
    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lab.api.token", "s3cret", "lab.runs.dir", "target/test-runs-auth");
        }
    }

    @Test
    void mutatingEndpointsNeedTheToken() {
        given().contentType("application/yaml").body(Fixtures.resource("small.yaml")).post("/api/runs").then()
                .statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json");
        given().auth().oauth2("wrong").contentType("application/yaml").body(Fixtures.resource("small.yaml"))
                .post("/api/runs").then().statusCode(403).contentType("application/problem+json");
        // paced at 1 block/s so the run is surely live when the DELETEs below arrive, however loaded the machine
        String id = Fixtures.start(given().auth().oauth2("s3cret"), "1");
        given().get("/api/runs/" + id).then().statusCode(200);
        given().get("/api/runs").then().statusCode(200);
        given().contentType("application/json").body("{\"paused\": true}").put("/api/runs/" + id + "/speed").then()
                .statusCode(401);
        given().delete("/api/runs/" + id).then().statusCode(401);
        given().header("Authorization", "Bearer wrong").delete("/api/runs/" + id).then().statusCode(403);
        given().auth().oauth2("s3cret").delete("/api/runs/" + id).then().statusCode(202);
        Fixtures.awaitState(id, "cancelled", Duration.ofSeconds(30));
        String compare = "{\"strategy\": \"wash-trader\", \"presets\": [\"root-vote\"], \"blocks\": 100}";
        given().contentType("application/json").body(compare).post("/api/compare").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("wrong").contentType("application/json").body(compare).post("/api/compare").then().statusCode(403);
        String c = given().auth().oauth2("s3cret").contentType("application/json").body(compare).post("/api/compare").then()
                .statusCode(202).extract().path("id");
        given().accept("application/json").get("/api/compare/" + c).then().statusCode(200);
        given().delete("/api/compare/" + c).then().statusCode(401);
        String sweep = "{\"sweep\": \"flow-recycler-budget-grid\", \"workers\": 1}";
        given().contentType("application/json").body(sweep).post("/api/sweeps").then().statusCode(401);
        String s = given().auth().oauth2("s3cret").contentType("application/json").body(sweep).post("/api/sweeps").then()
                .statusCode(201).extract().path("id");
        given().accept("application/json").get("/api/sweeps/" + s).then().statusCode(200);
        given().delete("/api/sweeps/" + s).then().statusCode(401);
        given().header("Authorization", "Bearer wrong").delete("/api/sweeps/" + s).then().statusCode(403);
        given().auth().oauth2("s3cret").delete("/api/sweeps/" + s).then().statusCode(202);
        given().contentType("application/yaml").body(Fixtures.resource("small.yaml")).post("/api/strategies/validate")
                .then().statusCode(200).body("valid", equalTo(true));
    }
}
