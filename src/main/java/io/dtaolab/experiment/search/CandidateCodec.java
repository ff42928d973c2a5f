package io.dtaolab.experiment.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON wire format of candidate tasks and their results between a searching coordinator and the sweep workers. A
 * task carries {@code "kind": "search-candidate"}, so a worker tells it from a sweep's run spec; a result carries
 * {@code "kind": "search-result"} and the whole {@link SeedResult} (doubles as Jackson writes them, the shortest text
 * that reads back to the same bits, NaN as "NaN"; decimals with their scale), so a remote evaluation equals a local one.
 */
public final class CandidateCodec {
    static final String TASK = "search-candidate";
    static final String RESULT = "search-result";
    /** Decimals (the ledger's TAO amounts) keep their scale both ways, so a decoded record equals the original. */
    private static final ObjectMapper JSON = JsonMapper.builder().nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CandidateCodec() {
    }

    /** A result message: the task's search and key, and its result or the error that stopped it. */
    public record Envelope(String searchId, String key, SeedResult result, String error) {
    }

    public static String task(CandidateTask t) {
        ObjectNode n = JSON.valueToTree(t);
        n.put("kind", TASK);
        return write(n);
    }

    /** Whether a message on the runs topic is a search candidate (and not a sweep's run spec). */
    public static boolean isTask(String json) {
        try {
            return TASK.equals(JSON.readTree(json).path("kind").asText());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    public static CandidateTask task(String json) {
        ObjectNode n = object(json, TASK);
        n.remove("kind");
        try {
            return JSON.treeToValue(n, CandidateTask.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a search candidate: " + e.getMessage(), e);
        }
    }

    public static String result(CandidateTask task, SeedResult result, String error) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", RESULT).put("searchId", task.searchId()).put("key", task.key());
        if (result != null) {
            n.set("result", JSON.valueToTree(result));
        }
        if (error != null) {
            n.put("error", error);
        }
        return write(n);
    }

    /**
     * Reads a result message; {@link IllegalArgumentException} when it is none (a sweep's result, say). A result that
     * does not decode comes back as an error.
     */
    public static Envelope result(String json) {
        ObjectNode n = object(json, RESULT);
        String searchId = n.path("searchId").asText();
        String key = n.path("key").asText();
        String error = n.hasNonNull("error") ? n.get("error").asText() : null;
        if (error != null || !n.hasNonNull("result")) {
            return new Envelope(searchId, key, null, error != null ? error : "a search result with neither result nor error");
        }
        try {
            return new Envelope(searchId, key, JSON.treeToValue(n.get("result"), SeedResult.class), null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // ours but unreadable (a worker of another version?): the search fails saying so rather than waiting
            return new Envelope(searchId, key, null, "unreadable result: " + e.getMessage());
        }
    }

    private static ObjectNode object(String json, String kind) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(n instanceof ObjectNode o) || !kind.equals(n.path("kind").asText())) {
            throw new IllegalArgumentException("not a " + kind + " message");
        }
        return o;
    }

    private static String write(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
