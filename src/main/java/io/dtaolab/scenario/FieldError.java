package io.dtaolab.scenario;

/**
 * One problem in a strategy file. {@code path} is the field path ({@code adversaries[0].params.dumpAtRise},
 * {@code $} for the whole document); {@code allowed} says what would be accepted, or is empty.
 */
public record FieldError(String file, int line, int column, String path, String message, String allowed) {

    public FieldError {
        allowed = allowed == null ? "" : allowed;
    }

    /** {@code file:line:column: path: message (allowed: ...)}. */
    public String format() {
        String text = file + ":" + line + ":" + column + ": " + path + ": " + message;
        return allowed.isEmpty() ? text : text + " (allowed: " + allowed + ")";
    }
}
