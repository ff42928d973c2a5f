package io.dtaolab.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Executes one kind of conformance vector (FORMAT.md §4) against the model's own chain classes.
 * Returns the outputs named like the vector's {@code expect}; a refused operation throws
 * {@link io.dtaolab.chain.ChainException}, which the runner turns into {@code {"error": name}}.
 */
public interface KindHandler {
    ObjectNode run(JsonNode given, String era);
}
