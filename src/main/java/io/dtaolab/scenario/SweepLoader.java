package io.dtaolab.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a sweep file (YAML or JSON) into a {@link SweepSpec}, or every error in it as {@code file:line:column}.
 * The measure names a sweep may aggregate are supplied by the caller, which owns their meaning.
 */
public final class SweepLoader {

    private SweepLoader() {
    }

    public static SweepSpec load(Path file, List<String> measureNames) throws SweepInvalid {
        return load(file, measureNames, CellAdmission.ALL);
    }

    public static SweepSpec load(Path file, List<String> measureNames, CellAdmission admission) throws SweepInvalid {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw invalid(name, "file not found");
            }
            if (Files.size(file) > YamlTreeReader.MAX_BYTES) {
                throw invalid(name, "file is larger than " + YamlTreeReader.MAX_BYTES + " bytes");
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes(YamlTreeReader.MAX_BYTES + 1);
            }
            Path dir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(file.toAbsolutePath());
            return load(name, content, dir, measureNames, admission);
        } catch (IOException e) {
            throw invalid(name, "cannot read file: " + e.getMessage());
        }
    }

    /** Checks sweep content; {@code sweepDir} is where the base path resolves. */
    public static SweepSpec load(String fileName, byte[] content, Path sweepDir, List<String> measureNames) throws SweepInvalid {
        return load(fileName, content, sweepDir, measureNames, CellAdmission.ALL);
    }

    /** As above, each valid cell passed to {@code admission} as soon as it is built; its refusal is rethrown as is. */
    public static SweepSpec load(String fileName, byte[] content, Path sweepDir, List<String> measureNames,
                                 CellAdmission admission) throws SweepInvalid {
        Errors errors = new Errors(fileName);
        try {
            YNode root = new YamlTreeReader(errors).read(content, fileName.toLowerCase().endsWith(".json"));
            if (root != null) {
                Optional<SweepSpec> spec = new SweepValidator(fileName, errors, sweepDir, List.copyOf(measureNames), admission)
                        .validate(root);
                if (spec.isPresent() && errors.isEmpty()) {
                    return spec.get();
                }
            }
        } catch (CellAdmission.Refused e) {
            throw e.reason();
        } catch (RuntimeException | StackOverflowError e) {
            throw invalid(fileName, "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        throw errors.isEmpty() ? invalid(fileName, "rejected without a reason") : new SweepInvalid(errors.list());
    }

    private static SweepInvalid invalid(String file, String message) {
        return new SweepInvalid(List.of(new FieldError(file, 1, 1, "$", message, "")));
    }
}
