package io.dtaolab.app.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 500 short runs on 16 subnets, back to back: per-run series stay only for live and the few most recently ended
 * runs, so the scrape stays small, and the totals over ended runs count every one of them.
 */
@QuarkusTest
class MetricsCardinalityTest {
    static final int RUNS = 500;
    static final int SUBNETS = 16;
    /** max-concurrent (2) + recent-runs (5) runs × ~7 series per subnet, well under half a megabyte. */
    static final int SCRAPE_BOUND_BYTES = 500_000;
    static final String STRATEGY = """
            name: metrics-burst
            seed: 3
            blocks: 361
            preset: current-2026-06
            network: { synthetic: { subnets: %d } }
            twin: false
            outputs: { series: false }
            """.formatted(SUBNETS);

    @Test
    void scrapeStaysBoundedAfterFiveHundredShortRuns() {
        double endedBefore = endedRunsCounted(given().get("/q/metrics").asString());
        Set<String> ids = new HashSet<>();
        int largest = 0;
        while (ids.size() < RUNS) {
            Response r = given().contentType("application/yaml").body(STRATEGY.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/runs");
            if (r.statusCode() == 429) {
                sleep(20);
                continue;
            }
            assertEquals(201, r.statusCode(), r.asString());
            ids.add(r.path("id"));
            if (ids.size() % 50 == 0) {
                largest = Math.max(largest, given().get("/q/metrics").asByteArray().length);
            }
        }
        long end = System.nanoTime() + 120_000_000_000L;
        while (given().queryParam("state", "running").get("/api/runs").jsonPath().getList("$").size()
                + given().queryParam("state", "queued").get("/api/runs").jsonPath().getList("$").size() > 0) {
            assertTrue(System.nanoTime() < end, "runs still live after 120 s");
            sleep(50);
        }
        // The API reports a run finished before the metrics consumer has seen its final state event; wait until
        // the consumer has counted every ended run (which is also when the oldest get evicted).
        String scrape = given().get("/q/metrics").asString();
        while (endedRunsCounted(scrape) < endedBefore + RUNS) {
            assertTrue(System.nanoTime() < end, "ended runs counted after 120 s: " + endedRunsCounted(scrape));
            sleep(50);
            scrape = given().get("/q/metrics").asString();
        }
        largest = Math.max(largest, scrape.length());
        assertTrue(largest < SCRAPE_BOUND_BYTES, "largest scrape " + largest + " bytes");

        Set<String> withSeries = new HashSet<>();
        Matcher m = Pattern.compile("dtao_emission_share_ratio\\{[^}]*run=\"([^\"]+)\"").matcher(scrape);
        while (m.find()) {
            if (ids.contains(m.group(1))) {
                withSeries.add(m.group(1));
            }
        }
        assertTrue(withSeries.size() <= 5, "ended runs still with per-run series: " + withSeries.size());
        Matcher total = Pattern.compile("(?m)^dtao_ended_runs_total\\{preset=\"current-2026-06\"} ([0-9.E]+)$").matcher(scrape);
        assertTrue(total.find(), "no dtao_ended_runs_total in the scrape");
        assertTrue(Double.parseDouble(total.group(1)) >= RUNS, "ended runs counted: " + total.group(1));
    }

    private static double endedRunsCounted(String scrape) {
        Matcher total = Pattern.compile("(?m)^dtao_ended_runs_total\\{preset=\"current-2026-06\"} ([0-9.E]+)$").matcher(scrape);
        return total.find() ? Double.parseDouble(total.group(1)) : 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
