package io.dtaolab.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An output directory checked before any work: created if missing, and a file can be written and removed in it. */
final class OutputDir {
    private OutputDir() {
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
