package io.dtaolab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboards' run variable: a {@code query_result} over {@code dtao_run_info} that labels each run
 * "strategy · seed · preset · id", newest first, and a regex that takes the id as value and that label as text,
 * read the way Grafana reads it.
 */
final class RunPicker {
    static final String LABELLED = "label_join(dtao_run_info, \"title\", \" · \", \"strategy\", \"seed\", \"preset\", \"run\")"
            + " * on(run) group_left() dtao_run_start_time_seconds";
    private static final Pattern QUERY = Pattern.compile("^query_result\\((.*)\\)$");

    record Option(String text, String value) {
    }

    private RunPicker() {
    }

    /** The PromQL inside {@code query_result(...)}, or empty when the variable is not a query_result query. */
    static java.util.Optional<String> expr(JsonNode variable) {
        Matcher m = QUERY.matcher(Variables.queryText(variable).strip());
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** Grafana's regex field {@code /body/flags} as a Java pattern (the syntax used here is common to both). */
    static Pattern regex(JsonNode variable) {
        String r = variable.path("regex").asText();
        if (!r.startsWith("/") || r.lastIndexOf('/') == 0) {
            throw new AssertionError("regex must be /.../: " + r);
        }
        return Pattern.compile(r.substring(1, r.lastIndexOf('/')));
    }

    /** One line of Grafana's query_result output: {@code name{k="v",...} value timestampMillis}. */
    static String grafanaLine(JsonNode sample) {
        StringBuilder text = new StringBuilder(sample.path("metric").path("__name__").asText(""));
        List<String> labels = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = sample.path("metric").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("__name__")) {
                labels.add(e.getKey() + "=\"" + e.getValue().asText() + "\"");
            }
        }
        text.append('{').append(String.join(",", labels)).append('}');
        JsonNode value = sample.path("value");
        return text + " " + value.path(1).asText() + " " + (long) (value.path(0).asDouble() * 1000);
    }

    /** The options Grafana would list, in its order (sort disabled: the query's order), one per value. */
    static List<Option> options(JsonNode variable, JsonNode result) {
        Pattern regex = regex(variable);
        List<Option> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode sample : result) {
            Matcher m = regex.matcher(grafanaLine(sample));
            if (m.find() && seen.add(m.group("value"))) {
                out.add(new Option(m.group("text"), m.group("value")));
            }
        }
        return out;
    }
}
