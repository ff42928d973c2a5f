package io.dtaolab.grafana;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every panel query of every shipped dashboard, evaluated by a real Prometheus that scrapes the packaged lab
 * during paced attack runs with the shipped scrape configuration. A query without a series fails by name.
 * A second, short run is one a detector alarms on, for the Detectors dashboard.
 */
class DashboardQueriesIT {
    private static final String STRATEGY = "wash-trader";
    private static final long BLOCKS = 200_000;
    private static final double BLOCKS_PER_SECOND = 100;
    /** The collusion attack starts at block 2400 and the detector alarms about 200 blocks later: ~11 s at this pace. */
    private static final Path ALARM_STRATEGY = Path.of("src/test/resources/detect/insider-collusion-short.yaml");
    private static final long ALARM_BLOCKS = 8_000;
    private static final double ALARM_BLOCKS_PER_SECOND = 250;
    /** Dashboards evaluated against the alarm run instead of the main one, by uid. */
    private static final String DETECTORS_UID = "dtao-detectors";

    @Test
    void everyPanelQueryReturnsSeriesFromALiveRun(@TempDir Path dir) throws Exception {
        try (LabServer lab = LabServer.start(dir); PrometheusServer prom = PrometheusServer.start(dir, lab.port())) {
            String run = lab.startRun(STRATEGY, BLOCKS, BLOCKS_PER_SECOND);
            String alarmRun = lab.startRun(ALARM_STRATEGY, ALARM_BLOCKS, ALARM_BLOCKS_PER_SECOND);
            Poll.until(Duration.ofSeconds(60), () -> "no samples of run " + run + " in Prometheus\n"
                    + prom.logTail() + "\n" + lab.logTail(), () -> !prom.query(
                    "dtao_emission_share_ratio{run=\"" + run + "\"} and on(run) dtao_adversary_pnl_tao").isEmpty());
            Poll.until(Duration.ofSeconds(45), () -> "no dtao_alarms_total of run " + alarmRun + " in Prometheus\n"
                    + prom.logTail() + "\n" + lab.logTail(), () -> !prom.query(
                    "dtao_alarms_total{run=\"" + alarmRun + "\"}").isEmpty());

            List<JsonNode> dashboards = GrafanaDir.dashboardFiles().stream().map(GrafanaDir::json).toList();
            List<String> empty = new ArrayList<>();
            // Rate panels need a second scrape inside their window, so give stragglers a few more seconds.
            Poll.until(Duration.ofSeconds(20), () -> "queries without series:\n  " + String.join("\n  ", empty), () -> {
                empty.clear();
                for (JsonNode d : dashboards) {
                    String r = DETECTORS_UID.equals(d.path("uid").asText()) ? alarmRun : run;
                    empty.addAll(emptyQueries(d, prom, r));
                }
                return empty.isEmpty();
            });

            Poll.until(Duration.ofSeconds(20), () -> "alerting rules not all evaluated healthy: " + unhealthy(prom),
                    () -> unhealthy(prom).isEmpty());
        }
    }

    private static List<String> emptyQueries(JsonNode dashboard, PrometheusServer prom, String run) throws Exception {
        Map<String, String> vars = DashboardVariables.resolve(dashboard, prom, run);
        List<String> empty = new ArrayList<>();
        for (PanelQuery q : PanelQuery.of(dashboard)) {
            String expr = GrafanaMacros.interpolate(q.expr(), vars);
            JsonNode result;
            try {
                result = prom.query(expr);
            } catch (AssertionError e) {
                throw new AssertionError(q + "\n  " + e.getMessage(), e);
            }
            if (result.isEmpty()) {
                empty.add(q + "\n    sent: " + expr);
            }
        }
        return empty;
    }

    /** Rules Prometheus has not evaluated yet, or whose evaluation failed. */
    private static List<String> unhealthy(PrometheusServer prom) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode g : prom.rules()) {
            for (JsonNode r : g.path("rules")) {
                if (!"ok".equals(r.path("health").asText())) {
                    out.add(r.path("name").asText() + " " + r.path("health").asText() + " " + r.path("lastError").asText());
                }
            }
        }
        assertTrue(prom.rules().size() > 0, "no rule groups loaded");
        return out;
    }
}
