package io.dtaolab.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a handler's output with a vector's {@code expect} (FORMAT.md §3): every expected key must be
 * produced, arrays have the same length, strings and booleans match exactly, numbers within the
 * tolerance of their top-level key. Extra outputs are ignored. Returns the first mismatch.
 */
public final class VectorComparator {
    private final Tolerance defaultTolerance;
    private final Map<String, Tolerance> fieldTolerances;

    public VectorComparator(Tolerance defaultTolerance, Map<String, Tolerance> fieldTolerances) {
        this.defaultTolerance = defaultTolerance;
        this.fieldTolerances = Map.copyOf(fieldTolerances);
    }

    public Optional<String> mismatch(JsonNode expected, JsonNode got) {
        if (!expected.isObject()) {
            return compare("", expected, got, defaultTolerance);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            Tolerance t = fieldTolerances.getOrDefault(e.getKey(), defaultTolerance);
            Optional<String> m = compare(e.getKey(), e.getValue(), got == null ? null : got.get(e.getKey()), t);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<String> compare(String path, JsonNode expected, JsonNode got, Tolerance t) {
        if (got == null || got.isMissingNode()) {
            return Optional.of(path + ": missing");
        }
        if (expected.isObject()) {
            if (!got.isObject()) {
                return Optional.of(path + ": expected an object, got " + got);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                Optional<String> m = compare(path + "." + e.getKey(), e.getValue(), got.get(e.getKey()), t);
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            if (!got.isArray() || got.size() != expected.size()) {
                return Optional.of(path + ": expected an array of " + expected.size() + ", got " + got);
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> m = compare(path + "[" + i + "]", expected.get(i), got.get(i), t);
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        }
        if (expected.isNumber()) {
            if (!got.isNumber()) {
                return Optional.of(path + ": expected " + expected + ", got " + got);
            }
            return t.accepts(expected.decimalValue(), got.decimalValue()) ? Optional.empty()
                    : Optional.of(path + ": expected " + expected + ", got " + got + " (" + t + ")");
        }
        if (!expected.equals(got)) {
            return Optional.of(path + ": expected " + expected + ", got " + got);
        }
        return Optional.empty();
    }
}
