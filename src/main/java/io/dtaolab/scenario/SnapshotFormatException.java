package io.dtaolab.scenario;

/** A snapshot CSV that cannot be used, with the 1-based line the problem is on. */
public final class SnapshotFormatException extends Exception {
    private final int line;

    public SnapshotFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
