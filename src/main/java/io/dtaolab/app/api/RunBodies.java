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
import java.util.Optional;

/** Reads request bodies of the run endpoints: JSON parsing, speed values, shipped-name vs strategy document. */
@ApplicationScoped
public class RunBodies {
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

    /** A JSON body naming a shipped strategy, or a strategy document (YAML or JSON); query overrides apply to both. */
    public RunRequest runRequest(byte[] body, boolean isJson, Overrides query) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("the request body is empty: send a strategy document or {\"strategy\": \"<name>\"}");
        }
        if (isJson) {
            JsonNode node = parse(body);
            if (node.isObject() && node.path("strategy").isTextual()) {
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
