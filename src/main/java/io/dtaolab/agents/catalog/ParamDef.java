package io.dtaolab.agents.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * One parameter of an agent type. {@code min}/{@code max} apply to NUMBER and INTEGER only; {@code choices}
 * to ENUM only. Resolved values are Double, Long, Boolean or String by kind.
 */
public record ParamDef(String name, ParamKind kind, double min, double max, Object defaultValue, List<String> choices,
                       String doc) {

    public ParamDef {
        choices = List.copyOf(choices);
    }

    public static ParamDef number(String name, double min, double max, double defaultValue, String doc) {
        return new ParamDef(name, ParamKind.NUMBER, min, max, defaultValue, List.of(), doc);
    }

    public static ParamDef integer(String name, long min, long max, long defaultValue, String doc) {
        return new ParamDef(name, ParamKind.INTEGER, min, max, defaultValue, List.of(), doc);
    }

    public static ParamDef bool(String name, boolean defaultValue, String doc) {
        return new ParamDef(name, ParamKind.BOOLEAN, 0, 0, defaultValue, List.of(), doc);
    }

    public static ParamDef choice(String name, String defaultValue, List<String> choices, String doc) {
        return new ParamDef(name, ParamKind.ENUM, 0, 0, defaultValue, choices, doc);
    }

    /** What the parameter accepts, in words, e.g. "a number from 0 to 1". */
    public String allowed() {
        return switch (kind) {
            case NUMBER -> "a number from " + format(min) + " to " + format(max);
            case INTEGER -> "an integer from " + format(min) + " to " + format(max);
            case BOOLEAN -> "true or false";
            case ENUM -> "one of: " + String.join(", ", choices);
        };
    }

    /**
     * The typed value for a raw value (Number, Boolean or String as a parser produces them).
     * Throws IllegalArgumentException with a message that names neither the parameter nor its path.
     */
    public Object coerce(Object raw) {
        switch (kind) {
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
            }
            case ENUM -> {
                if (raw instanceof String s) {
                    if (choices.contains(s)) {
                        return s;
                    }
                    throw new IllegalArgumentException("unknown value '" + s + "'");
                }
            }
            case NUMBER -> {
                if (raw instanceof Number n) {
                    BigDecimal v = decimal(n);
                    if (v == null || v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
                        throw new IllegalArgumentException("out of range: " + n);
                    }
                    return v.doubleValue();
                }
            }
            case INTEGER -> {
                if (raw instanceof Number n) {
                    BigDecimal v = decimal(n);
                    if (v == null || v.stripTrailingZeros().scale() > 0) {
                        throw new IllegalArgumentException("expected an integer, got " + n);
                    }
                    if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
                        throw new IllegalArgumentException("out of range: " + n);
                    }
                    return v.longValueExact();
                }
            }
        }
        throw new IllegalArgumentException("expected " + kindWord() + ", got " + describe(raw));
    }

    private String kindWord() {
        return switch (kind) {
            case NUMBER -> "a number";
            case INTEGER -> "an integer";
            case BOOLEAN -> "true or false";
            case ENUM -> "a string";
        };
    }

    static String describe(Object raw) {
        if (raw == null) {
            return "null";
        }
        if (raw instanceof String s) {
            return "string '" + s + "'";
        }
        return raw.getClass().getSimpleName().toLowerCase() + " " + raw;
    }

    /** Exact decimal value of a parsed number; null for NaN or infinity. */
    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return BigDecimal.valueOf(n.longValue());
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
