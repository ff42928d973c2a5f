package io.dtaolab.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the strategy layer: reads a YAML or JSON strategy file and returns a runnable spec, or every
 * error in it. No exception other than {@link StrategyInvalid} leaves {@link #load}; anything unexpected becomes
 * an error at line 1 so a hostile file can never crash a caller.
 */
public final class StrategyLoader {

    private StrategyLoader() {
    }

    /** The spec, or {@link StrategyInvalid} with every problem. Snapshot paths resolve against the file's directory. */
    public static StrategySpec load(Path file) throws StrategyInvalid {
        LoadResult result = check(file);
        if (result instanceof LoadResult.Valid v) {
            return v.spec();
        }
        throw new StrategyInvalid(((LoadResult.Invalid) result).errors());
    }

    public static LoadResult check(Path file) {
        String name = file.toString();
        try {
            Path dir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(file.toAbsolutePath());
            if (!Files.isRegularFile(file)) {
                return invalid(name, "file not found");
            }
            if (Files.size(file) > YamlTreeReader.MAX_BYTES) {
                return invalid(name, "file is larger than " + YamlTreeReader.MAX_BYTES + " bytes");
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(YamlTreeReader.MAX_BYTES + 1);
            }
            return check(name, content, dir);
        } catch (IOException | RuntimeException e) {
            return invalid(name, "cannot read file: " + e.getMessage());
        }
    }

    /**
     * Checks file content. {@code fileName} appears in errors and decides JSON ({@code .json}) or YAML;
     * {@code strategiesDir} is where snapshot paths are resolved.
     */
    public static LoadResult check(String fileName, byte[] content, Path strategiesDir) {
        return check(fileName, content, SnapshotLocations.of(strategiesDir));
    }

    /** As {@link #check(String, byte[], Path)}, with the snapshot locations given. */
    public static LoadResult check(String fileName, byte[] content, SnapshotLocations snapshots) {
        try {
            Errors errors = new Errors(fileName);
            YNode root = new YamlTreeReader(errors).read(content, fileName.toLowerCase().endsWith(".json"));
            if (root == null) {
                return new LoadResult.Invalid(errors.isEmpty() ? List.of(internal(fileName, "unreadable file")) : errors.list());
            }
            Optional<StrategySpec> spec = new StrategyValidator(fileName, errors, snapshots).validate(root);
            if (spec.isPresent() && errors.isEmpty()) {
                return new LoadResult.Valid(spec.get());
            }
            return new LoadResult.Invalid(errors.isEmpty() ? List.of(internal(fileName, "rejected without a reason")) : errors.list());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new LoadResult.Invalid(List.of(internal(fileName, e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    private static LoadResult invalid(String file, String message) {
        return new LoadResult.Invalid(List.of(new FieldError(file, 1, 1, "$", message, "")));
    }

    /** Errors that signal a bug in the loader, not in the file; tests look for this prefix. */
    static final String INTERNAL = "internal error: ";

    private static FieldError internal(String file, String message) {
        return new FieldError(file, 1, 1, "$", INTERNAL + message, "");
    }
}
