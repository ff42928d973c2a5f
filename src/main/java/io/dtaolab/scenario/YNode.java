package io.dtaolab.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML/JSON node that remembers where it started, so every error can point at its source. */
public sealed interface YNode {
    Loc loc();

    /** Short word for messages: "a mapping", "a list", "a string", ... */
    String kind();

    record Entry(Loc keyLoc, YNode value) {
    }

    record YMap(Loc loc, Map<String, Entry> entries) implements YNode {
        public YMap {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record YList(Loc loc, List<YNode> items) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** value is null, Boolean, String, Long, BigInteger, Double or BigDecimal. */
    record YScalar(Loc loc, Object value) implements YNode {
        @Override
        public String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String s) {
                return "string '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
            }
            if (value instanceof Boolean b) {
                return "boolean " + b;
            }
            String text = value.toString();
            return "number " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
    }
}
