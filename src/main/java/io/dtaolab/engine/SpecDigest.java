package io.dtaolab.engine;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A canonical text of a strategy's parts (network, honest population, mechanism: records of records, lists, maps and
 * plain values) and its SHA-256: equal parts give equal digests in any JVM (sets and maps are written sorted, doubles
 * exactly), so a saved state can say which strategy it belongs to.
 */
final class SpecDigest {
    private SpecDigest() {
    }

    static String of(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b);
        return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static void write(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (v instanceof Double d) {
            b.append("d").append(Long.toHexString(Double.doubleToLongBits(d)));
        } else if (v instanceof Float f) {
            b.append("f").append(Integer.toHexString(Float.floatToIntBits(f)));
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character) {
            b.append(v.getClass().getSimpleName().charAt(0)).append(v);
        } else if (v instanceof Enum<?> e) {
            b.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
        } else if (v instanceof Optional<?> o) {
            b.append("opt(");
            write(o.orElse(null), b);
            b.append(')');
        } else if (v instanceof java.util.OptionalDouble o) {
            b.append("opt(");
            write(o.isPresent() ? (Object) o.getAsDouble() : null, b);
            b.append(')');
        } else if (v instanceof java.util.OptionalLong o) {
            b.append("opt(");
            write(o.isPresent() ? (Object) o.getAsLong() : null, b);
            b.append(')');
        } else if (v instanceof java.util.OptionalInt o) {
            b.append("opt(");
            write(o.isPresent() ? (Object) o.getAsInt() : null, b);
            b.append(')');
        } else if (v instanceof java.nio.file.Path p) {
            write(p.toString(), b);
        } else if (v.getClass().isRecord()) {
            b.append(v.getClass().getSimpleName()).append('{');
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                b.append(rc.getName()).append('=');
                try {
                    rc.getAccessor().setAccessible(true);
                    write(rc.getAccessor().invoke(v), b);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                b.append(',');
            }
            b.append('}');
        } else if (v.getClass().isArray()) {
            b.append('[');
            for (int i = 0; i < Array.getLength(v); i++) {
                write(Array.get(v, i), b);
                b.append(',');
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                StringBuilder eb = new StringBuilder();
                write(e.getKey(), eb);
                eb.append(':');
                write(e.getValue(), eb);
                entries.add(eb.toString());
            }
            entries.sort(null);
            b.append('{').append(String.join(",", entries)).append('}');
        } else if (v instanceof Collection<?> c) {
            List<String> items = new ArrayList<>();
            for (Object x : c) {
                StringBuilder xb = new StringBuilder();
                write(x, xb);
                items.add(xb.toString());
            }
            if (v instanceof Set<?>) {
                items.sort(null);
            }
            b.append('[').append(String.join(",", items)).append(']');
        } else {
            throw new IllegalArgumentException("no canonical text for a " + v.getClass().getName());
        }
    }
}
