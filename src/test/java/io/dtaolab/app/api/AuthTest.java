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
        String id = Fixtures.start(given().auth().oauth2("s3cret"), "200");
        given().get("/api/runs/" + id).then().statusCode(200);
        given().get("/api/runs").then().statusCode(200);
        given().contentType("application/json").body("{\"paused\": true}").put("/api/runs/" + id + "/speed").then()
                .statusCode(401);
        given().delete("/api/runs/" + id).then().statusCode(401);
        given().header("Authorization", "Bearer wrong").delete("/api/runs/" + id).then().statusCode(403);
        given().auth().oauth2("s3cret").delete("/api/runs/" + id).then().statusCode(202);
        Fixtures.awaitState(id, "cancelled", Duration.ofSeconds(30));
        given().contentType("application/yaml").body(Fixtures.resource("small.yaml")).post("/api/strategies/validate")
                .then().statusCode(200).body("valid", equalTo(true));
    }
}
