package io.dtaolab.app.jobs;

/** The command does not apply to the run in its current state. */
public final class RunConflictException extends RuntimeException {
    public RunConflictException(String message) {
        super(message);
    }
}
