package io.dtaolab.app.jobs;

/** No compare, sweep (or other job of {@code kind}) with that id in this process. */
public final class UnknownJobException extends RuntimeException {
    public UnknownJobException(String kind, String id) {
        super("no " + kind + " with id '" + id + "'");
    }
}
