package io.dtaolab.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * How a numeric leaf is compared (FORMAT.md §3): exact, or within abs and/or rel (either suffices when
 * both are given). Null bounds are absent.
 */
public record Tolerance(BigDecimal abs, BigDecimal rel) {
    public static final Tolerance EXACT = new Tolerance(null, null);

    public static Tolerance parse(JsonNode node) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().equals("exact"))) {
            return EXACT;
        }
        if (node.isObject() && (node.has("abs") || node.has("rel"))) {
            return new Tolerance(node.has("abs") ? node.get("abs").decimalValue() : null,
                    node.has("rel") ? node.get("rel").decimalValue() : null);
        }
        throw new IllegalArgumentException("unknown tolerance " + node);
    }

    public boolean accepts(BigDecimal expected, BigDecimal got) {
        BigDecimal diff = got.subtract(expected).abs();
        if (abs == null && rel == null) {
            return diff.signum() == 0;
        }
        boolean withinAbs = abs != null && diff.compareTo(abs) <= 0;
        boolean withinRel = rel != null && diff.compareTo(rel.multiply(expected.abs())) <= 0;
        return withinAbs || withinRel;
    }

    @Override
    public String toString() {
        if (abs == null && rel == null) {
            return "exact";
        }
        return (abs != null ? "abs " + abs.toPlainString() : "") + (abs != null && rel != null ? ", " : "")
                + (rel != null ? "rel " + rel.toPlainString() : "");
    }
}
