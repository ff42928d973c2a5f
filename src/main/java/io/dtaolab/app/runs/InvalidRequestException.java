package io.dtaolab.app.runs;

/** A request the service understood but cannot accept (bad value, unknown name); answered with 400. */
public final class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
