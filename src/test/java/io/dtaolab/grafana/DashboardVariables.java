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
            Matcher m = Variables.labelValues(v);
            if (!m.matches()) {
                throw new AssertionError(title + ": variable " + name + " is not a label_values query");
            }
            String selector = GrafanaMacros.interpolate(m.group(1), values);
            List<String> found = prom.labelValues(selector, m.group(2));
            if (found.isEmpty()) {
                throw new AssertionError("dashboard '" + title + "', variable " + name + ": no values for " + selector);
            }
            if ("run".equals(name) && !found.contains(run)) {
                throw new AssertionError("dashboard '" + title + "', variable run lists " + found + ", not " + run);
            }
            values.put(name, choose(v, name, found, run));
        }
        return values;
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
