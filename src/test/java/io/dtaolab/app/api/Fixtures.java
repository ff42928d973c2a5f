package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

final class Fixtures {
    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/service/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String start(RequestSpecification spec, String speed) {
        return spec.contentType("application/yaml").body(resource("small.yaml")).queryParam("speed", speed)
                .post("/api/runs").then().statusCode(201).extract().path("id");
    }

    static String start(String speed) {
        return start(given(), speed);
    }

    static String state(String id) {
        return given().get("/api/runs/" + id).then().statusCode(200).extract().path("state");
    }

    static void awaitState(String id, String state, Duration timeout) {
        Await.until(timeout, "run " + id + " " + state, () -> state.equals(state(id)));
    }
}
