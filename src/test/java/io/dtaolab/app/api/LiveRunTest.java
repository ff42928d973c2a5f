package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LiveRunTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)\\} (\\S+)$");

    @TestHTTPResource("/")
    URL base;

    @Test
    void metricsOfAPacedRunAreAllThereWithSaneValues() {
        String id = Fixtures.start("150");
        Await.until(Duration.ofSeconds(30), "first tempo metrics",
                () -> Pattern.compile("(?m)^dtao_emission_share_ratio\\{[^}]*run=\"" + id + "\"")
                        .matcher(given().get("/q/metrics").asString()).find());
        // slow down at once: the run must still be running at the checks and the DELETE below, whatever the load
        given().contentType("application/json").body("{\"blocksPerSecond\": 1}").put("/api/runs/" + id + "/speed")
                .then().statusCode(200);
        Map<String, List<Sample>> m = scrape(id);
        for (String name : List.of("dtao_emission_share_ratio", "dtao_emission_share_deviation_ratio",
                "dtao_emission_redirected_tao", "dtao_emission_redirected_network_ratio", "dtao_spot_price_tao",
                "dtao_ema_price_tao", "dtao_flow_ema_tao_per_block", "dtao_tao_reserve_tao", "dtao_alpha_reserve_alpha",
                "dtao_adversary_pnl_tao", "dtao_adversary_capital_at_risk_tao", "dtao_adversary_cost_tao",
                "dtao_honest_loss_vs_twin_tao", "dtao_blocks_simulated_total", "dtao_run_blocks_per_second")) {
            assertTrue(m.containsKey(name), name + " missing for run " + id);
            for (Sample s : m.get(name)) {
                assertTrue(Double.isFinite(s.value), name + " " + s.labels + " = " + s.value);
                assertTrue(s.labels.matches("(?:(?:run|world|netuid|agent_class|preset)=\"[^\"]*\",?)+"), "tags " + s.labels);
            }
        }
        assertEquals(8, m.get("dtao_emission_share_ratio").size(), "4 subnets x 2 worlds");
        m.get("dtao_emission_share_ratio").forEach(s -> assertTrue(s.value >= 0 && s.value <= 1, s.toString()));
        m.get("dtao_spot_price_tao").forEach(s -> assertTrue(s.value > 0, s.toString()));
        m.get("dtao_tao_reserve_tao").forEach(s -> assertTrue(s.value > 0, s.toString()));
        m.get("dtao_alpha_reserve_alpha").forEach(s -> assertTrue(s.value > 0, s.toString()));
        assertTrue(m.get("dtao_emission_redirected_tao").get(0).labels.contains("netuid=\"2\""));
        assertTrue(m.get("dtao_adversary_pnl_tao").get(0).labels.contains("agent_class=\"wash-trader\""));
        assertTrue(m.get("dtao_blocks_simulated_total").get(0).value >= 360);
        double rate = m.get("dtao_run_blocks_per_second").get(0).value;
        // an upper bound only: pacing never runs faster than asked (150, now 1), a loaded machine may run slower
        assertTrue(rate >= 0 && rate < 300, "blocks/s " + rate);
        String all = given().get("/q/metrics").asString();
        for (String state : List.of("queued", "running", "paused", "finished", "cancelled", "failed", "interrupted")) {
            assertTrue(Pattern.compile("(?m)^dtao_runs\\{state=\"" + state + "\",?} \\d").matcher(all).find(),
                    "dtao_runs{state=" + state + "} missing");
        }
        assertTrue(Pattern.compile("(?m)^dtao_events_dropped_total \\d").matcher(all).find(), "dtao_events_dropped_total missing");
        assertTrue(Pattern.compile("(?m)^dtao_runs\\{state=\"running\",?} [1-9]").matcher(all).find());
        given().delete("/api/runs/" + id).then().statusCode(202);
    }

    @Test
    void sseStreamOfARunIsConsumedToItsEnd() throws Exception {
        // start paused-slow and speed up once subscribed: at full pace the run could end before the stream opens
        String id = Fixtures.start("0.5");
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "api/runs/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<java.io.InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, resp.statusCode());
        given().contentType("application/json").body("{\"blocksPerSecond\": 400}").put("/api/runs/" + id + "/speed")
                .then().statusCode(200);
        List<String> names = new ArrayList<>();
        String lastData = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event:")) {
                    names.add(line.substring(6).trim());
                } else if (line.startsWith("data:")) {
                    lastData = line.substring(5).trim();
                }
            }
        }
        assertEquals("state", names.get(0));
        assertTrue(names.contains("tempo"), names + " " + lastData);
        assertTrue(names.contains("progress"), names.toString());
        assertEquals(2, names.stream().filter("tempo"::equals).count(), names.toString());
        assertEquals("state", names.get(names.size() - 1));
        assertTrue(lastData.contains("\"state\":\"finished\""), lastData);
        given().get("/api/runs/" + id).then().body("state", equalTo("finished"));
        given().get("/api/runs/" + id + "/events").then().statusCode(200);
    }

    @Test
    void queueFullAnswers429WithRetryAfter() {
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                var r = given().contentType("application/yaml").body(Fixtures.resource("small.yaml"))
                        .queryParam("speed", "1").post("/api/runs");
                if (r.statusCode() == 429) {
                    r.then().contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"))
                            .body("status", equalTo(429));
                    int live = given().get("/api/runs").then().extract().jsonPath()
                            .getList("findAll { it.state in ['queued','running','paused'] }").size();
                    assertEquals(10, live, "2 running + 8 queued");
                    given().queryParam("state", "queued").get("/api/runs").then().body("size()", greaterThan(0));
                    return;
                }
                ids.add(r.then().statusCode(201).extract().path("id"));
            }
            throw new AssertionError("never answered 429");
        } finally {
            ids.forEach(id -> given().delete("/api/runs/" + id));
            ids.forEach(id -> Await.until(Duration.ofSeconds(30), "cancel " + id, () -> !List.of("queued", "running", "paused")
                    .contains(Fixtures.state(id))));
        }
    }

    record Sample(String labels, double value) {
    }

    private static Map<String, List<Sample>> scrape(String run) {
        Map<String, List<Sample>> out = new HashMap<>();
        for (String line : given().get("/q/metrics").asString().split("\n")) {
            Matcher mm = SAMPLE.matcher(line);
            if (mm.matches() && mm.group(2).contains("run=\"" + run + "\"")) {
                out.computeIfAbsent(mm.group(1), k -> new ArrayList<>())
                        .add(new Sample(mm.group(2), Double.parseDouble(mm.group(3))));
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
