package io.dtaolab.app.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.RunRequest;
import io.dtaolab.app.runs.RunRequests.Overrides;
import io.dtaolab.app.runs.RunRequests;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads request bodies of the run endpoints: JSON parsing, speed values, shipped-name vs strategy document. */
@ApplicationScoped
public class RunBodies {
    /** The fields of {@code POST /api/runs} naming a shipped strategy. */
    public static final List<String> RUN_FIELDS = Envelopes.fields(Envelopes.ShippedRun.class);

    private final ObjectMapper json;
    private final RunRequests requests;

    public RunBodies(ObjectMapper json, RunRequests requests) {
        this.json = json;
        this.requests = requests;
    }

    public JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("the request body is empty");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidRequestException("malformed JSON" + where + ": " + msg);
        } catch (IOException e) {
            throw new InvalidRequestException("malformed JSON: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Refuses a JSON object with a field outside {@code allowed}: a misspelt field must not silently fall back to a
     * default (a typo in {@code blocks} would start a run of the file's full length).
     */
    public static void onlyFields(JsonNode node, List<String> allowed, String what) {
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            String names = unknown.stream().map(f -> "'" + shortName(f) + "'").collect(Collectors.joining(", "));
            throw new InvalidRequestException("unknown " + (unknown.size() == 1 ? "property " : "properties ") + names
                    + " in " + what + "; allowed: " + String.join(", ", allowed));
        }
    }

    private static String shortName(String field) {
        String clean = field.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    /** A JSON body naming a shipped strategy, or a strategy document (YAML or JSON); query overrides apply to both. */
    public RunRequest runRequest(byte[] body, boolean isJson, Overrides query) {
        return runRequest(body, isJson, query, RUN_FIELDS);
    }

    /** As {@link #runRequest(byte[], boolean, Overrides)}, for an endpoint whose shipped-name body has {@code fields}. */
    RunRequest runRequest(byte[] body, boolean isJson, Overrides query, List<String> fields) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("the request body is empty: send a strategy document or {\"strategy\": \"<name>\"}");
        }
        if (isJson) {
            JsonNode node = parse(body);
            if (node.isObject() && node.path("strategy").isTextual()) {
                onlyFields(node, fields, "a request naming a shipped strategy");
                Overrides o = new Overrides(longField(node, "seed").or(query::seed), longField(node, "blocks").or(query::blocks),
                        node.has("speed") ? Optional.of(speed(node.get("speed"))) : query.speed());
                return requests.fromShipped(node.get("strategy").asText(), o);
            }
            return requests.fromDocument("request.json", body, query);
        }
        return requests.fromDocument("request.yaml", body, query);
    }

    /** A pace: blocks per second (> 0), or "max" / 0 for as fast as possible. */
    public static double speed(JsonNode node) {
        if (node.isTextual() && node.asText().equalsIgnoreCase("max")) {
            return 0;
        }
        if (node.isNumber() && node.asDouble() >= 0 && Double.isFinite(node.asDouble())) {
            return node.asDouble();
        }
        throw new InvalidRequestException("speed must be a number of blocks per second ≥ 0 or \"max\", got " + node);
    }

    public static double speed(String text) {
        if (text.equalsIgnoreCase("max")) {
            return 0;
        }
        try {
            double v = Double.parseDouble(text);
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidRequestException("speed must be a number of blocks per second ≥ 0 or \"max\", got '" + text + "'");
    }

    private static Optional<Long> longField(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new InvalidRequestException(field + " must be an integer, got " + v);
        }
        return Optional.of(v.asLong());
    }
}
