package io.dtaolab.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every panel query of every shipped dashboard, evaluated by a real Prometheus that scrapes the packaged lab
 * during paced attack runs with the shipped scrape configuration. A query without a series, or with a NaN or ±Inf
 * value, fails by name. The main run asks for no pace, so it plays at the shipped default. A second, short run is
 * one a detector alarms on, for the Detectors dashboard; being newer, it heads the run pickers.
 */
class DashboardQueriesIT {
    private static final String STRATEGY = "wash-trader";
    private static final long BLOCKS = 200_000;
    /** lab.runs.default-speed as shipped (README). */
    private static final double DEFAULT_BLOCKS_PER_SECOND = 100;
    /** The collusion attack starts at block 2400 and the detector alarms about 200 blocks later: ~11 s at this pace. */
    private static final Path ALARM_STRATEGY = Path.of("src/test/resources/detect/insider-collusion-short.yaml");
    private static final long ALARM_BLOCKS = 8_000;
    private static final double ALARM_BLOCKS_PER_SECOND = 250;
    /** Lines per subnet a time series panel may draw with Subnet = All (the main run has 24 subnets). */
    private static final int MOVERS = 10;
    /** A small worst-attack search, for the search panels of the Lab engine dashboard. */
    private static final Path SEARCH = Path.of("src/test/resources/service/search-small.yaml");
    /** Dashboards evaluated against the alarm run instead of the main one, by uid. */
    private static final String DETECTORS_UID = "dtao-detectors";

    @Test
    void everyPanelQueryReturnsSeriesFromALiveRun(@TempDir Path dir) throws Exception {
        try (LabServer lab = LabServer.start(dir); PrometheusServer prom = PrometheusServer.start(dir, lab.port())) {
            String run = lab.startRun(STRATEGY, BLOCKS);
            assertEquals(DEFAULT_BLOCKS_PER_SECOND, lab.run(run).path("requestedBlocksPerSecond").asDouble(),
                    "pace of a run that asked for none");
            Poll.until(Duration.ofSeconds(60), () -> "no samples of run " + run + " in Prometheus\n"
                    + prom.logTail() + "\n" + lab.logTail(), () -> !prom.query(
                    "dtao_emission_share_ratio{run=\"" + run + "\"} and on(run) dtao_adversary_pnl_tao").isEmpty());
            String alarmRun = lab.startRun(ALARM_STRATEGY, ALARM_BLOCKS, ALARM_BLOCKS_PER_SECOND);
            Poll.until(Duration.ofSeconds(45), () -> "no dtao_alarms_total of run " + alarmRun + " in Prometheus\n"
                    + prom.logTail() + "\n" + lab.logTail(), () -> !prom.query(
                    "dtao_alarms_total{run=\"" + alarmRun + "\"}").isEmpty());
            String search = lab.startSearch(SEARCH);
            Poll.until(Duration.ofSeconds(90), () -> "no dtao_search_best_objective of search " + search + " in Prometheus\n"
                    + prom.logTail() + "\n" + lab.logTail(), () -> !prom.query(
                    "dtao_search_best_objective{search=\"" + search + "\"}").isEmpty());

            List<JsonNode> dashboards = GrafanaDir.dashboardFiles().stream().map(GrafanaDir::json).toList();
            assertRunPickersListNewestFirst(dashboards, prom, run, alarmRun);
            List<String> empty = new ArrayList<>();
            Set<String> notFinite = new TreeSet<>();
            // Rate panels need a second scrape inside their window, so give stragglers a few more seconds. Reading
            // the run view each round is the API traffic the HTTP panels measure (with none they are rightly empty).
            Poll.until(Duration.ofSeconds(20), () -> "queries without series:\n  " + String.join("\n  ", empty), () -> {
                lab.run(run);
                empty.clear();
                for (JsonNode d : dashboards) {
                    String r = DETECTORS_UID.equals(d.path("uid").asText()) ? alarmRun : run;
                    empty.addAll(emptyQueries(d, prom, r, notFinite));
                }
                return empty.isEmpty();
            });
            assertTrue(notFinite.isEmpty(), "queries with NaN or ±Inf values:\n  " + String.join("\n  ", notFinite));
            List<String> crowded = new ArrayList<>();
            for (JsonNode d : dashboards) {
                if (!DETECTORS_UID.equals(d.path("uid").asText())) {
                    crowded.addAll(crowdedPanels(d, prom, run));
                }
            }
            assertTrue(crowded.isEmpty(), "time series and heat map panels drawing more than " + MOVERS
                    + " subnets with Subnet = All:\n  " + String.join("\n  ", crowded));

            Poll.until(Duration.ofSeconds(20), () -> "alerting rules not all evaluated healthy: " + unhealthy(prom),
                    () -> unhealthy(prom).isEmpty());
        }
    }

    /** Both runs are in the Emission distortion picker, the newer first, labelled strategy · seed · preset · id. */
    private static void assertRunPickersListNewestFirst(List<JsonNode> dashboards, PrometheusServer prom, String run,
                                                        String alarmRun) throws Exception {
        JsonNode home = dashboards.stream().filter(d -> "dtao-emission-distortion".equals(d.path("uid").asText()))
                .findFirst().orElseThrow();
        List<RunPicker.Option> options = DashboardVariables.runOptions(home, prom);
        assertEquals(List.of(new RunPicker.Option("insider-collusion-short · 7 · current-2026-06 · " + alarmRun, alarmRun),
                new RunPicker.Option("wash-trader · 1001 · taoflow-2025-11 · " + run, run)), options);
    }

    private static List<String> emptyQueries(JsonNode dashboard, PrometheusServer prom, String run,
                                             Set<String> notFinite) throws Exception {
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
            for (JsonNode sample : result) {
                String value = sample.path("value").path(1).asText();
                if (!Double.isFinite(Double.parseDouble(value.replace("Inf", "Infinity")))) {
                    notFinite.add(q + "\n    sent: " + expr + "\n    got " + value + " for " + sample.path("metric"));
                }
            }
        }
        return empty;
    }

    /** Time series and heat map panels over subnets whose last 30 s hold lines for more than {@link #MOVERS} subnets. */
    private static List<String> crowdedPanels(JsonNode dashboard, PrometheusServer prom, String run) throws Exception {
        Map<String, String> vars = DashboardVariables.resolve(dashboard, prom, run);
        List<String> out = new ArrayList<>();
        for (JsonNode panel : Panels.of(dashboard)) {
            if (!Set.of("timeseries", "heatmap").contains(panel.path("type").asText())) {
                continue;
            }
            for (JsonNode t : panel.path("targets")) {
                String expr = GrafanaMacros.interpolate(t.path("expr").asText(), vars);
                Set<String> subnets = new TreeSet<>();
                prom.queryRange(expr, 30).forEach(series -> {
                    if (series.path("metric").has("netuid")) {
                        subnets.add(series.path("metric").path("netuid").asText());
                    }
                });
                if (subnets.size() > MOVERS) {
                    out.add("'" + panel.path("title").asText() + "' " + t.path("refId").asText() + ": " + subnets.size()
                            + " subnets");
                }
            }
        }
        return out;
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
