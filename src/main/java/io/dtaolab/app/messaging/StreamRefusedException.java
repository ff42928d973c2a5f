package io.dtaolab.app.messaging;

/** An event stream refused before it opened: {@code status} 429 (the client's share is used) or 503 (the server's). */
public final class StreamRefusedException extends RuntimeException {
    private final int status;

    StreamRefusedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
