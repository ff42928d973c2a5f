package io.dtaolab.scenario;

import io.dtaolab.scenario.YNode.YList;
import io.dtaolab.scenario.YNode.YMap;
import io.dtaolab.scenario.YNode.YScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Typed reads of tree nodes; every failed read adds one error with the node's location and path. */
final class Fields {
    private final Errors errors;

    Fields(Errors errors) {
        this.errors = errors;
    }

    Errors errors() {
        return errors;
    }

    void error(YNode node, String path, String message, String allowed) {
        errors.add(node.loc(), path, message, allowed);
    }

    Optional<YMap> map(YNode node, String path) {
        if (node instanceof YMap m) {
            return Optional.of(m);
        }
        error(node, path, "expected a mapping, got " + node.kind(), "");
        return Optional.empty();
    }

    Optional<YList> list(YNode node, String path) {
        if (node instanceof YList l) {
            return Optional.of(l);
        }
        error(node, path, "expected a list, got " + node.kind(), "");
        return Optional.empty();
    }

    /** Reports every key of {@code map} that is not in {@code allowed}, at the key's position. */
    void onlyKeys(YMap map, String path, List<String> allowed) {
        map.entries().forEach((key, entry) -> {
            if (!allowed.contains(key)) {
                errors.add(entry.keyLoc(), FieldPaths.child(path, key), "unknown key '" + FieldPaths.abbreviate(key) + "'",
                        String.join(", ", allowed));
            }
        });
    }

    static Optional<YNode> get(YMap map, String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** The child, or an error at the mapping when it is missing. */
    Optional<YNode> require(YMap map, String path, String key, String allowed) {
        Optional<YNode> child = get(map, key);
        if (child.isEmpty()) {
            errors.add(map.loc(), FieldPaths.child(path, key), "missing required field '" + key + "'", allowed);
        }
        return child;
    }

    Optional<String> string(YNode node, String path, Pattern pattern, String allowed) {
        if (node instanceof YScalar s && s.value() instanceof String text) {
            if (pattern == null || pattern.matcher(text).matches()) {
                return Optional.of(text);
            }
            error(node, path, "invalid value '" + FieldPaths.abbreviate(text) + "'", allowed);
            return Optional.empty();
        }
        error(node, path, "expected a string, got " + node.kind(), allowed);
        return Optional.empty();
    }

    Optional<Boolean> bool(YNode node, String path) {
        if (node instanceof YScalar s && s.value() instanceof Boolean b) {
            return Optional.of(b);
        }
        error(node, path, "expected true or false, got " + node.kind(), "true or false");
        return Optional.empty();
    }

    Optional<Long> integer(YNode node, String path, long min, long max) {
        String allowed = "an integer from " + min + " to " + max;
        Optional<BigDecimal> v = decimal(node, path, allowed);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get().stripTrailingZeros().scale() > 0) {
            error(node, path, "expected an integer, got " + node.kind(), allowed);
            return Optional.empty();
        }
        BigInteger n = v.get().toBigInteger();
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            error(node, path, "out of range: " + abbreviate(n.toString()), allowed);
            return Optional.empty();
        }
        return Optional.of(n.longValueExact());
    }

    Optional<Double> number(YNode node, String path, double min, double max) {
        String allowed = "a number from " + plain(min) + " to " + plain(max);
        Optional<BigDecimal> v = decimal(node, path, allowed);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get().compareTo(BigDecimal.valueOf(min)) < 0 || v.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            error(node, path, "out of range: " + abbreviate(v.get().toString()), allowed);
            return Optional.empty();
        }
        return Optional.of(v.get().doubleValue());
    }

    /** Exact decimal of a number node; reports strings, booleans and non-finite values as wrong types. */
    Optional<BigDecimal> decimal(YNode node, String path, String allowed) {
        if (node instanceof YScalar s && s.value() instanceof Number n) {
            BigDecimal d = toDecimal(n);
            if (d != null && (d.scale() > 60 || d.precision() - d.scale() > 40)) {
                error(node, path, "number too large or too precise: " + node.kind(), allowed);
                return Optional.empty();
            }
            if (d != null) {
                return Optional.of(d);
            }
            error(node, path, "expected a finite number, got " + node.kind(), allowed);
            return Optional.empty();
        }
        error(node, path, "expected a number, got " + node.kind(), allowed);
        return Optional.empty();
    }

    static BigDecimal toDecimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            return Double.isFinite(n.doubleValue()) ? BigDecimal.valueOf(n.doubleValue()) : null;
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /** Scalar value as plain Java for APIs that take Objects: Long, Double, Boolean, String or null. */
    static Object plainValue(YScalar s) {
        Object v = s.value();
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? b.longValue() : v;
        }
        if (v instanceof BigDecimal d) {
            if (d.scale() > 60 || d.precision() - d.scale() > 40) {
                return d.signum() < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                return d.longValue();
            }
            return d.doubleValue();
        }
        return v;
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
