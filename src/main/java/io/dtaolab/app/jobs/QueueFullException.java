package io.dtaolab.app.jobs;

/** Every run slot and queue place is taken; {@code retryAfterSeconds} is an estimate of when one frees. */
public final class QueueFullException extends RuntimeException {
    private final long retryAfterSeconds;

    public QueueFullException(int live, long retryAfterSeconds) {
        super(live + " runs are running or queued, the limit; retry later");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
