package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.searches.SearchRequests;
import io.dtaolab.scenario.SearchSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Reads the body of {@code POST /api/searches}: a search file (YAML or JSON) whose {@code base} names a shipped
 * strategy file, or {@code {"search": "<shipped name>", "threads": n}}; {@code threads} may also come from the query.
 */
@ApplicationScoped
public class SearchBodies {
    /** The fields of {@code POST /api/searches} naming a shipped search. */
    public static final List<String> FIELDS = Envelopes.fields(Envelopes.ShippedSearch.class);
    private final RunBodies bodies;
    private final SearchRequests requests;

    public SearchBodies(RunBodies bodies, SearchRequests requests) {
        this.bodies = bodies;
        this.requests = requests;
    }

    /** The checked search and its thread count. */
    public record Accepted(SearchSpec spec, int threads) {
    }

    public Accepted read(byte[] body, boolean isJson, Optional<Integer> queryThreads) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("the request body is empty: send a search file or {\"search\": \"<name>\"}");
        }
        if (!isJson) {
            int n = requests.threads(queryThreads);
            return new Accepted(requests.fromDocument("request.yaml", body), n);
        }
        JsonNode node = bodies.parse(body);
        if (!(node.isObject() && node.path("search").isTextual())) {
            int n = requests.threads(queryThreads);
            return new Accepted(requests.fromDocument("request.json", body), n);
        }
        RunBodies.onlyFields(node, FIELDS, "a request naming a shipped search");
        Optional<Integer> threads = queryThreads;
        if (node.has("threads")) {
            JsonNode t = node.get("threads");
            if (!t.isIntegralNumber() || !t.canConvertToInt()) {
                throw new InvalidRequestException("threads must be an integer, got " + t);
            }
            threads = Optional.of(t.asInt());
        }
        int n = requests.threads(threads);
        return new Accepted(requests.fromShipped(node.get("search").asText()), n);
    }
}
