package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtaolab.app.runs.InvalidRequestException;
import io.dtaolab.app.sweeps.SweepRequests;
import io.dtaolab.scenario.SweepSpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Reads the body of {@code POST /api/sweeps}: {@code {"sweep": "<shipped name>", "workers": n}} or a sweep document
 * (YAML or JSON) whose {@code base} names a shipped strategy file; {@code workers} may also come from the query.
 */
@ApplicationScoped
public class SweepBodies {
    /** The fields of {@code POST /api/sweeps} naming a shipped sweep. */
    public static final java.util.List<String> FIELDS = Envelopes.fields(Envelopes.ShippedSweep.class);
    private final RunBodies bodies;
    private final SweepRequests requests;

    public SweepBodies(RunBodies bodies, SweepRequests requests) {
        this.bodies = bodies;
        this.requests = requests;
    }

    /** The checked sweep and its worker count. */
    public record Accepted(SweepSpec spec, int workers) {
    }

    public Accepted read(byte[] body, boolean isJson, Optional<Integer> queryWorkers) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("the request body is empty: send a sweep document or {\"sweep\": \"<name>\"}");
        }
        if (isJson) {
            JsonNode node = bodies.parse(body);
            if (node.isObject() && node.path("sweep").isTextual()) {
                RunBodies.onlyFields(node, FIELDS, "a request naming a shipped sweep");
                Optional<Integer> workers = queryWorkers;
                if (node.has("workers")) {
                    JsonNode w = node.get("workers");
                    if (!w.isIntegralNumber() || !w.canConvertToInt()) {
                        throw new InvalidRequestException("workers must be an integer, got " + w);
                    }
                    workers = Optional.of(w.asInt());
                }
                int n = requests.workers(workers);
                return new Accepted(requests.fromShipped(node.get("sweep").asText()), n);
            }
            int n = requests.workers(queryWorkers);
            return new Accepted(requests.fromDocument("request.json", body), n);
        }
        int n = requests.workers(queryWorkers);
        return new Accepted(requests.fromDocument("request.yaml", body), n);
    }
}
