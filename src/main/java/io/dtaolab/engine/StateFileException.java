package io.dtaolab.engine;

import java.nio.file.Path;

/**
 * A saved state that cannot be used: missing, unreadable, damaged or truncated, too large, written by other code,
 * or warmed for another strategy. The message starts with the file and says what is wrong; it never needs the stack
 * trace.
 */
public final class StateFileException extends RuntimeException {
    public StateFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public StateFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
