package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtaolab.app.compare.CompareRequest;
import io.dtaolab.app.compare.CompareRequests;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.runs.RunRequests.Overrides;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the body of {@code POST /api/compare}: what {@code POST /api/runs} accepts, with the presets from the JSON
 * body's {@code presets} array or the {@code presets} query parameter (comma-separated; default every preset).
 */
@ApplicationScoped
public class CompareBodies {
    /** The fields of {@code POST /api/compare} naming a shipped strategy. */
    public static final List<String> FIELDS = Envelopes.fields(Envelopes.ShippedCompare.class);
    private final RunBodies bodies;

    public CompareBodies(RunBodies bodies) {
        this.bodies = bodies;
    }

    public CompareRequest compareRequest(byte[] body, boolean isJson, Overrides query, String queryPresets) {
        Optional<List<String>> presets = Optional.ofNullable(queryPresets).filter(p -> !p.isBlank())
                .map(p -> Arrays.stream(p.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        if (isJson && body != null && body.length > 0) {
            JsonNode node = bodies.parse(body);
            if (node.isObject() && node.path("strategy").isTextual() && node.has("presets")) {
                presets = Optional.of(presetList(node.get("presets")));
            }
        }
        return CompareRequests.of(bodies.runRequest(body, isJson, query, FIELDS), presets);
    }

    private static List<String> presetList(JsonNode node) {
        if (!node.isArray()) {
            throw new InvalidRequestException("presets must be an array of preset names, got " + node);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode p : node) {
            if (!p.isTextual()) {
                throw new InvalidRequestException("presets must be an array of preset names, got " + node);
            }
            out.add(p.asText());
        }
        return out;
    }
}
