package io.dtaolab.experiment.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON wire format of run tasks and outcomes between a coordinator and its workers. Measures travel as
 * {@link Double#toString} text so every bit (and NaN) survives the trip: a remote result equals a local one.
 */
public final class SweepCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepCodec() {
    }

    public static String task(RunTask t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("sweepId", t.sweepId()).put("runKey", t.runKey()).put("cell", t.cell()).put("seed", t.seed())
                .put("strategyYaml", t.strategyYaml()).put("strategyDir", t.strategyDir());
        return write(n);
    }

    public static RunTask task(String json) {
        JsonNode n = read(json);
        return new RunTask(text(n, "sweepId"), text(n, "runKey"), n.path("cell").asInt(), n.path("seed").asLong(),
                text(n, "strategyYaml"), text(n, "strategyDir"));
    }

    public static String outcome(String sweepId, RunOutcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("sweepId", sweepId).put("runKey", o.runKey()).put("cell", o.cell()).put("seed", o.seed()).put("preset", o.preset());
        ObjectNode m = n.putObject("measures");
        o.measures().forEach((k, v) -> m.put(k, Double.toString(v)));
        n.put("stateHash", o.stateHash());
        if (o.error() != null) {
            n.put("error", o.error());
        }
        return write(n);
    }

    /** The sweep id and outcome of a result message. */
    public record Envelope(String sweepId, RunOutcome outcome) {
    }

    public static Envelope outcome(String json) {
        JsonNode n = read(json);
        Map<String, Double> measures = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("measures").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            measures.put(e.getKey(), Double.parseDouble(e.getValue().asText()));
        }
        JsonNode error = n.get("error");
        return new Envelope(text(n, "sweepId"), new RunOutcome(text(n, "runKey"), n.path("cell").asInt(), n.path("seed").asLong(),
                text(n, "preset"), measures, n.path("stateHash").asLong(), error == null || error.isNull() ? null : error.asText()));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("sweep message without text field '" + field + "'");
        }
        return v.asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a sweep message: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
