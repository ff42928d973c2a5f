package io.dtaolab.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strategies as plain trees (maps, lists, scalars) for code that edits them, such as search and shrinking: deep
 * copies, YAML text, and loading the text back through the strict loader.
 */
public final class StrategyTrees {
    private StrategyTrees() {
    }

    /** A deep, mutable copy of a plain tree. */
    @SuppressWarnings("unchecked")
    public static <T> T copy(T node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return node;
    }

    /** The plain tree of strategy text; throws IllegalArgumentException with the first syntax error. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> tree(String fileName, String text) {
        Errors errors = new Errors(fileName);
        YNode root = new YamlTreeReader(errors).read(text.getBytes(StandardCharsets.UTF_8), fileName.toLowerCase().endsWith(".json"));
        if (root == null || !errors.isEmpty() || !(root instanceof YNode.YMap)) {
            throw new IllegalArgumentException(errors.isEmpty() ? fileName + ": not a mapping" : errors.list().get(0).format());
        }
        return (Map<String, Object>) YamlTrees.plain(root);
    }

    public static String yaml(Map<String, Object> tree) {
        return YamlTrees.yamlOfPlain(tree);
    }

    /** Loads YAML text written by {@link #yaml} as if it were a file named {@code fileName} in {@code strategyDir}. */
    public static LoadResult check(String fileName, String yaml, Path strategyDir) {
        return StrategyLoader.check(fileName, yaml.getBytes(StandardCharsets.UTF_8), strategyDir);
    }
}
