package io.dtaolab.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The {@code base:} strategy of a sweep or search file: its path (relative to that file) and its located tree. */
final class BaseStrategyFile {
    static final String ALLOWED = "path of a strategy file, relative to this file";

    private BaseStrategyFile() {
    }

    static Optional<Path> path(Fields fields, Path dir, YNode node) {
        Optional<String> text = fields.string(node, "base", null, ALLOWED);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path p = dir.resolve(text.get()).normalize();
        String lower = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase();
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
            fields.error(node, "base", "not a strategy file name: '" + FieldPaths.abbreviate(text.get()) + "'", ".yaml, .yml or .json");
            return Optional.empty();
        }
        if (!Files.isRegularFile(p)) {
            // as written: the resolved path would show where the server keeps its files
            fields.error(node, "base", "base strategy not found: " + FieldPaths.abbreviate(text.get()), "an existing strategy file");
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** The base's tree; its syntax errors are reported with the base's own line and column. */
    static Optional<YNode> read(Fields fields, Path base, YNode blame) {
        try {
            if (Files.size(base) > YamlTreeReader.MAX_BYTES) {
                fields.error(blame, "base", "base strategy is larger than " + YamlTreeReader.MAX_BYTES + " bytes", "");
                return Optional.empty();
            }
            String baseName = String.valueOf(base.getFileName());
            Errors baseErrors = new Errors(baseName);
            YNode tree = new YamlTreeReader(baseErrors).read(Files.readAllBytes(base), baseName.toLowerCase().endsWith(".json"));
            if (tree == null || !baseErrors.isEmpty()) {
                baseErrors.list().forEach(e -> fields.errors().add(new Loc(e.line(), e.column()), e.path(), e.message(), e.allowed()));
                if (baseErrors.isEmpty()) {
                    fields.error(blame, "base", "base strategy is unreadable", "");
                }
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (IOException e) {
            fields.error(blame, "base", "cannot read base strategy " + base.getFileName() + " (" + e.getClass().getSimpleName() + ")", "");
            return Optional.empty();
        }
    }
}
