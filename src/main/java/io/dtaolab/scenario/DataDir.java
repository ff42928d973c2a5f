package io.dtaolab.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A directory files may be read from, compared by real path: a relative name is accepted only when the file it
 * finally names (after every symbolic link) lies inside the directory's own real path.
 */
public final class DataDir {
    private final Path dir;

    private DataDir(Path dir) {
        this.dir = dir;
    }

    public static DataDir of(Path dir) {
        return new DataDir(dir);
    }

    /** Thrown when a name leaves the directory as written (with {@code ..}); says nothing about the file system. */
    public static final class OutsideException extends Exception {
        OutsideException() {
            super("path leaves the directory", null, false, false);
        }
    }

    /**
     * The real path of the regular file {@code relative} names, or empty when there is none inside the directory,
     * including a link that leads outside: a caller cannot tell the two apart.
     */
    public Optional<Path> resolve(String relative) throws OutsideException {
        Path base = dir.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new OutsideException();
        }
        if (!file.startsWith(base) || file.equals(base)) {
            throw new OutsideException();
        }
        try {
            Path realBase = base.toRealPath();
            Path real = file.toRealPath();
            return real.startsWith(realBase) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
