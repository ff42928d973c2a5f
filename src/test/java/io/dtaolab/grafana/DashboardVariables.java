package io.dtaolab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Resolves a dashboard's template variables against a live Prometheus the way Grafana does: each label_values
 * query in order, with the variables before it substituted; "All" becomes the regex alternation of every value.
 */
final class DashboardVariables {
    private DashboardVariables() {
    }

    static Map<String, String> resolve(JsonNode dashboard, PrometheusServer prom, String run) throws Exception {
        String title = dashboard.path("title").asText();
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode v : dashboard.path("templating").path("list")) {
            String name = v.path("name").asText();
            if ("datasource".equals(v.path("type").asText())) {
                values.put(name, "Prometheus");
                continue;
            }
            if ("run".equals(name)) {
                values.put(name, runOption(dashboard, v, prom, run).value());
                continue;
            }
            Matcher m = Variables.labelValues(v);
            if (!m.matches()) {
                throw new AssertionError(title + ": variable " + name + " is not a label_values query");
            }
            String selector = GrafanaMacros.interpolate(m.group(1), values);
            List<String> found = prom.labelValues(selector, m.group(2));
            if (found.isEmpty()) {
                throw new AssertionError("dashboard '" + title + "', variable " + name + ": no values for " + selector);
            }
            values.put(name, choose(v, name, found, run));
        }
        return values;
    }

    /** The run picker's options, as Grafana would list them (newest first). */
    static List<RunPicker.Option> runOptions(JsonNode dashboard, PrometheusServer prom) throws Exception {
        JsonNode v = Variables.named(dashboard, "run").orElseThrow();
        String expr = RunPicker.expr(v).orElseThrow(() -> new AssertionError(dashboard.path("title").asText()
                + ": variable run is not a query_result query"));
        return RunPicker.options(v, prom.query(expr));
    }

    private static RunPicker.Option runOption(JsonNode dashboard, JsonNode v, PrometheusServer prom, String run)
            throws Exception {
        List<RunPicker.Option> options = runOptions(dashboard, prom);
        return options.stream().filter(o -> o.value().equals(run)).findFirst().orElseThrow(() -> new AssertionError(
                "dashboard '" + dashboard.path("title").asText() + "', variable run lists " + options + ", not " + run));
    }

    private static String choose(JsonNode variable, String name, List<String> found, String run) {
        if (variable.path("includeAll").asBoolean()) {
            return found.stream().map(DashboardVariables::regexEscape).collect(Collectors.joining("|", "(", ")"));
        }
        return "run".equals(name) ? run : found.get(0);
    }

    /** Regex-escapes a value inside a PromQL double-quoted string, where a backslash itself needs escaping. */
    private static String regexEscape(String value) {
        return value.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\\\\\$0");
    }
}
