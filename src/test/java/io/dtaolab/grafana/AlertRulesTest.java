package io.dtaolab.grafana;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alerting rules speak about simulations: nothing pages, and an alert about a run holds only while the run
 * is running (promtool's unit tests in grafana/prometheus/tests show them resolving when a run ends).
 */
class AlertRulesTest {
    static final Set<String> SEVERITIES = Set.of("warning", "info");
    static final String RUNNING = "dtao_run_state{state=\"running\"}";
    /** Lab-wide metrics without a run label. */
    static final Set<String> LAB_WIDE = Set.of("dtao_events_dropped_total");

    @Test
    void severitiesAreWarningOrInfoAndRunAlertsJoinOnTheRunningState() {
        JsonNode groups = GrafanaDir.yaml(GrafanaDir.PROMETHEUS.resolve("alerts.yml")).path("groups");
        List<String> problems = new ArrayList<>();
        int rules = 0;
        for (JsonNode g : groups) {
            for (JsonNode r : g.path("rules")) {
                rules++;
                String name = r.path("alert").asText();
                String severity = r.path("labels").path("severity").asText();
                if (!SEVERITIES.contains(severity)) {
                    problems.add(name + ": severity '" + severity + "', allowed " + SEVERITIES);
                }
                String expr = r.path("expr").asText();
                boolean perRun = Pattern.compile("dtao_\\w+").matcher(expr).results()
                        .map(MatchResult::group).anyMatch(m -> !LAB_WIDE.contains(m));
                if (perRun && !expr.contains(RUNNING)) {
                    problems.add(name + ": a run alert must join on " + RUNNING + ": " + expr);
                }
            }
        }
        assertTrue(rules >= 6, "rules found: " + rules);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
