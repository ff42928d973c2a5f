package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RunApiTest {

    @Test
    void shippedStrategiesAreListedShownAndValidated() {
        given().get("/api/strategies").then().statusCode(200).body("name", hasItem("wash-trader"))
                .body("find { it.name == 'wash-trader' }.valid", equalTo(true));
        given().accept("application/json").get("/api/strategies/wash-trader").then().statusCode(200)
                .body("adversaries", hasItem("wash-trader"));
        given().accept("application/yaml").get("/api/strategies/wash-trader.yaml").then().statusCode(200)
                .body(containsString("name: wash-trader"));
        given().get("/api/strategies/../../etc/passwd").then().statusCode(404);
        given().get("/api/strategies/nope").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("nope"));
        given().contentType("application/yaml").body(Fixtures.resource("small.yaml")).post("/api/strategies/validate")
                .then().statusCode(200).body("name", equalTo("service-small")).body("valid", equalTo(true));
    }

    @Test
    void badStrategyIsRejectedWithLineNumbers() {
        for (String path : List.of("/api/strategies/validate", "/api/runs")) {
            given().contentType("application/yaml").body(Fixtures.resource("bad.yaml")).post(path).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("title", equalTo("Invalid strategy")).body("errors.size()", greaterThan(0))
                    .body("errors[0].file", equalTo("request.yaml")).body("errors[0].line", greaterThan(1))
                    .body("errors.path", hasItem(startsWith("adversaries[0]")))
                    .body("errors[0].column", greaterThan(0)).body(containsString("detail"));
        }
    }

    @Test
    void runLengthEndingBeforeTheAttackIsAProblem() {
        given().contentType("application/json").body("{\"strategy\": \"pump-and-dump-mainnet\", \"blocks\": 7200}")
                .post("/api/runs").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ends before adversary 'pumper' starts at block 14400"));
    }

    @Test
    void shippedRunFinishesWithReportAndSeries() {
        String id = given().contentType("application/json")
                .body("{\"strategy\": \"wash-trader\", \"seed\": 3, \"blocks\": 400, \"speed\": \"max\"}")
                .post("/api/runs").then().statusCode(201).header("Location", containsString("/api/runs/"))
                .body("links.events", startsWith("/api/runs/r-"))
                .extract().path("id");
        Fixtures.awaitState(id, "finished", Duration.ofSeconds(120));
        given().get("/api/runs/" + id).then().body("progress", equalTo(1.0f)).body("blocksDone", equalTo(400))
                .body("headline", notNullValue()).body("seed", equalTo(3));
        given().accept("application/json").get("/api/runs/" + id + "/report").then().statusCode(200)
                .body("strategy", equalTo("wash-trader")).body("blocksDone", equalTo(400));
        given().accept("text/markdown").get("/api/runs/" + id + "/report").then().statusCode(200)
                .contentType(containsString("text/markdown")).body(containsString("#"));
        given().get("/api/runs/" + id + "/series").then().statusCode(200).contentType(containsString("text/csv"));
        given().queryParam("state", "finished").get("/api/runs").then().statusCode(200).body("id", hasItem(id));
        given().delete("/api/runs/" + id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void pauseResumeSpeedAndCancelKeepPartialReport() {
        // slow paces: the run must still be live at the DELETE below however long the steps in between take
        String id = Fixtures.start("20");
        Fixtures.awaitState(id, "running", Duration.ofSeconds(30));
        given().get("/api/runs/" + id + "/report").then().statusCode(409);
        given().contentType("application/json").body("{\"paused\": true}").put("/api/runs/" + id + "/speed").then()
                .statusCode(200).body("state", equalTo("paused"));
        Integer before = given().get("/api/runs/" + id).then().extract().path("blocksDone");
        sleep(500);
        Integer after = given().get("/api/runs/" + id).then().extract().path("blocksDone");
        assertTrue(after - before <= 1, "paused run moved from " + before + " to " + after);
        given().contentType("application/json").body("{\"paused\": false, \"blocksPerSecond\": 2}")
                .put("/api/runs/" + id + "/speed").then().statusCode(200).body("state", equalTo("running"))
                .body("requestedBlocksPerSecond", equalTo(2.0f));
        given().contentType("application/json").body("{\"speed\": -3}").put("/api/runs/" + id + "/speed").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"paused\": tru").put("/api/runs/" + id + "/speed").then()
                .statusCode(400).body("detail", containsString("malformed JSON"));
        given().delete("/api/runs/" + id).then().statusCode(202);
        Fixtures.awaitState(id, "cancelled", Duration.ofSeconds(30));
        given().accept("application/json").get("/api/runs/" + id + "/report").then().statusCode(200)
                .body("interrupted", equalTo(true));
    }

    @Test
    void errorsAreProblems() throws Exception {
        given().get("/api/runs/r-000000000000").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/runs/r-000000000000")).body("detail", containsString("r-000000000000"));
        given().get("/api/runs/r-000000000000/events").then().statusCode(404);
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body("{}").patch("/api/runs").then().statusCode(405)
                .contentType("application/problem+json");
        given().contentType("text/plain").body("hello").post("/api/runs").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"strategy\": ").post("/api/runs").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("malformed JSON"))
                .body(org.hamcrest.Matchers.not(containsString("at com.")));
        given().contentType("application/json").body("{\"strategy\": \"no-such\"}").post("/api/runs").then()
                .statusCode(400).body("detail", containsString("no-such"));
        given().contentType("application/json").body("{\"strategy\": \"wash-trader\", \"blocks\": 0}").post("/api/runs")
                .then().statusCode(400).body("detail", containsString("blocks"));
        given().queryParam("state", "dancing").get("/api/runs").then().statusCode(400);
        assertEquals(413, statusOfOversizePost(1_100_000));
    }

    /**
     * The server answers 413 and closes as soon as the body passes the limit, often while the client is still
     * sending, so an HTTP client may report a broken pipe instead of the answer. A raw socket writes what it can
     * and then reads the status line the server sent; a lost race (reset before the answer) is retried.
     */
    private static int statusOfOversizePost(int size) throws Exception {
        int port = io.restassured.RestAssured.port;
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) 'a');
        String head = "POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                + "Content-Length: " + size + "\r\nConnection: close\r\n\r\n";
        java.io.IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                try {
                    socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    socket.getOutputStream().write(body);
                    socket.getOutputStream().flush();
                } catch (java.io.IOException closedEarly) {
                    // expected: the server stopped reading at the limit
                }
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                return Integer.parseInt(status.split(" ")[1]);
            } catch (java.io.IOException reset) {
                last = reset;
            }
        }
        throw last;
    }

    @Test
    void openApiAndHealth() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/runs/{id}/speed"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
