package io.dtaolab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the template variables of a dashboard. */
final class Variables {
    /** {@code label_values(<series selector>, <label>)}, the Prometheus variable query form the dashboards use. */
    static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\(\\s*(.+?)\\s*,\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)\\s*$");

    private Variables() {
    }

    static Optional<JsonNode> named(JsonNode dashboard, String name) {
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if (name.equals(v.path("name").asText())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The query text of a query variable, whether stored as a string or as the Prometheus editor's object. */
    static String queryText(JsonNode variable) {
        JsonNode q = variable.path("query");
        return q.isObject() ? q.path("query").asText() : q.asText();
    }

    static Matcher labelValues(JsonNode variable) {
        return LABEL_VALUES.matcher(queryText(variable));
    }
}
