package io.dtaolab.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a search file (YAML or JSON) into a {@link SearchSpec}, or every error in it as {@code file:line:column}. */
public final class SearchLoader {

    private SearchLoader() {
    }

    public static SearchSpec load(Path file) throws SearchInvalid {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw invalid(name, "file not found");
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(YamlTreeReader.MAX_BYTES + 1);
            }
            Path dir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(file.toAbsolutePath());
            return load(name, content, dir);
        } catch (IOException e) {
            throw invalid(name, "cannot read file: " + e.getMessage());
        }
    }

    /** Checks search content; {@code searchDir} is where the base path resolves. */
    public static SearchSpec load(String fileName, byte[] content, Path searchDir) throws SearchInvalid {
        Errors errors = new Errors(fileName);
        if (content.length > YamlTreeReader.MAX_BYTES) {
            throw invalid(fileName, "file is larger than " + YamlTreeReader.MAX_BYTES + " bytes");
        }
        try {
            YNode root = new YamlTreeReader(errors).read(content, fileName.toLowerCase().endsWith(".json"));
            if (root != null) {
                Optional<SearchSpec> spec = new SearchValidator(fileName, errors, searchDir).validate(root);
                if (spec.isPresent() && errors.isEmpty()) {
                    return spec.get();
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw invalid(fileName, "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        throw errors.isEmpty() ? invalid(fileName, "rejected without a reason") : new SearchInvalid(errors.list());
    }

    private static SearchInvalid invalid(String file, String message) {
        return new SearchInvalid(List.of(new FieldError(file, 1, 1, "$", message, "")));
    }
}
