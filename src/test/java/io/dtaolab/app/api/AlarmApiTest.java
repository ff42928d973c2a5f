package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A short collusion attack (the detector fires about 200 blocks after the attack begins at block 2,400). */
@QuarkusTest
class AlarmApiTest {
    @TestHTTPResource("/")
    URL base;

    static byte[] detectFixture(String name) {
        try (InputStream in = AlarmApiTest.class.getResourceAsStream("/detect/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void alarmsReachSseMetricsRunViewAndHtmlReport() throws Exception {
        String id = given().contentType("application/yaml").body(detectFixture("insider-collusion-short.yaml"))
                .queryParam("blocks", 3000).queryParam("speed", "1").post("/api/runs").then().statusCode(201)
                .extract().path("id");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "api/runs/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(120)).build();
        HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, resp.statusCode());
        given().contentType("application/json").body("{\"speed\": \"max\"}").put("/api/runs/" + id + "/speed").then()
                .statusCode(200);
        List<String> alarms = new ArrayList<>();
        String event = null;
        String last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    last = line.substring(5).trim();
                    if ("alarm".equals(event)) {
                        alarms.add(last);
                    }
                }
            }
        }
        assertTrue(last.contains("\"state\":\"finished\""), last);
        assertTrue(!alarms.isEmpty(), "no alarm event on the SSE stream of " + id);
        String first = alarms.get(0);
        for (String field : List.of("\"block\":", "\"netuid\":", "\"detector\":\"", "\"score\":", "\"evidence\":\"")) {
            assertTrue(first.contains(field), field + " missing in " + first);
        }

        given().get("/api/runs/" + id).then().statusCode(200).body("alarms", greaterThan(0))
                .body("firstAlarm.detector", notNullValue()).body("firstAlarm.block", greaterThan(0))
                .body("links.reportHtml", equalTo("/api/runs/" + id + "/report.html"));
        given().accept("application/json").get("/api/runs/" + id + "/report").then().statusCode(200)
                .body("detection.alarms.size()", greaterThan(0));
        given().get("/api/runs/" + id + "/report.html").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"));

        Pattern sample = Pattern.compile("(?m)^dtao_alarms_total\\{([^}]*run=\"" + id + "\"[^}]*)\\} (\\S+)$");
        Await.until(Duration.ofSeconds(10), "alarm counter of " + id, () -> sample.matcher(given().get("/q/metrics").asString()).find());
        Matcher m = sample.matcher(given().get("/q/metrics").asString());
        double total = 0;
        while (m.find()) {
            String labels = m.group(1);
            assertTrue(labels.matches("(?:(?:run|detector|preset)=\"[^\"]*\",?)+"), labels);
            assertTrue(labels.contains("detector=\"") && labels.contains("preset=\""), labels);
            total += Double.parseDouble(m.group(2));
        }
        assertTrue(total >= 1, "dtao_alarms_total " + total);
    }

    @Test
    void htmlReportErrors() {
        given().get("/api/runs/r-000000000000/report.html").then().statusCode(404).contentType("application/problem+json");
        String id = Fixtures.start("1");
        given().get("/api/runs/" + id + "/report.html").then().statusCode(409).contentType("application/problem+json");
        given().delete("/api/runs/" + id).then().statusCode(202);
        Fixtures.awaitState(id, "cancelled", Duration.ofSeconds(30));
        given().get("/api/runs/" + id + "/report.html").then().statusCode(200).contentType(containsString("text/html"));
        given().queryParam("preset", "nope").get("/api/runs/" + id + "/report.html").then().statusCode(400);
    }
}
