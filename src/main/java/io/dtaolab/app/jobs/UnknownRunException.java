package io.dtaolab.app.jobs;

public final class UnknownRunException extends RuntimeException {
    public UnknownRunException(String id) {
        super("no run with id '" + id + "'");
    }
}
