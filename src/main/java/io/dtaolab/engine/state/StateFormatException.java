package io.dtaolab.engine.state;

/**
 * A state file that cannot be read or a world that cannot be written: the message says what and where (a field path
 * inside the world, or the file's byte offset), never needs the stack trace.
 */
public final class StateFormatException extends RuntimeException {
    public StateFormatException(String message) {
        super(message);
    }

    public StateFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same problem seen from one level up the object graph: {@code step} is prepended to the path. */
    StateFormatException at(String step) {
        String m = getMessage();
        String rest = m.startsWith("at ") ? m.substring(3) : ": " + m;
        return new StateFormatException("at " + step + (rest.startsWith(".") || rest.startsWith("[") || rest.startsWith(":") ? "" : ".") + rest,
                getCause());
    }
}
