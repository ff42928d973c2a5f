package io.dtaolab.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An output directory checked before any work: created if missing, and a file can be written and removed in it. */
final class OutputDir {
    private static final int MAX_SIBLINGS = 10_000;

    private OutputDir() {
    }

    /**
     * {@code dir} itself when it does not exist yet, is empty, or {@code force} is set; otherwise the first numbered
     * sibling {@code <dir>-2}, {@code <dir>-3}, ... that does not exist, claimed by creating it (so two runs started at
     * once never share one). A run never silently overwrites an earlier one.
     */
    static Path unused(Path dir, boolean force) {
        if (force || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) || isEmptyDirectory(dir)) {
            return dir;
        }
        String name = dir.getFileName().toString();
        for (int n = 2; n < MAX_SIBLINGS; n++) {
            Path sibling = dir.resolveSibling(name + "-" + n);
            try {
                Files.createDirectories(sibling.getParent() == null ? Path.of(".") : sibling.getParent());
                Files.createDirectory(sibling);
                return sibling;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // next number
            } catch (IOException | SecurityException e) {
                return sibling; // checkOrReport names the problem
            }
        }
        return dir.resolveSibling(name + "-" + MAX_SIBLINGS);
    }

    /** {@link #unused}, telling the user on stderr when it is not the directory they would expect. */
    static Path unusedOrSay(Path dir, boolean force) {
        Path chosen = unused(dir, force);
        if (!chosen.equals(dir)) {
            System.err.println(TerminalText.clean(dir + " already holds a run; writing to " + chosen
                    + " (--force overwrites instead)"));
        }
        return chosen;
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Why nothing can be written to {@code dir}, or empty when it can. */
    static Optional<String> problem(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.of("cannot write to output directory " + dir + " (" + reason(e) + ")");
        }
    }

    /** Returns false after printing the problem, for commands to exit 2 with. */
    static boolean checkOrReport(Path dir) {
        Optional<String> problem = problem(dir);
        problem.ifPresent(p -> System.err.println(TerminalText.clean(p)));
        return problem.isEmpty();
    }

    private static String reason(Exception e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException", "NotDirectoryException" -> "a file of that name is in the way";
            case "FileSystemException" -> e.getMessage() != null && e.getMessage().contains("Read-only")
                    ? "read-only file system" : "file system error";
            default -> type;
        };
    }
}
