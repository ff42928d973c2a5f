package io.dtaolab.chain;

/** A chain operation refused with a {@link ChainError}; state is unchanged when this is thrown. */
public final class ChainException extends RuntimeException {
    private final ChainError error;

    public ChainException(ChainError error) {
        super(error.name(), null, false, false);
        this.error = error;
    }

    public ChainException(ChainError error, String detail) {
        super(error.name() + ": " + detail, null, false, false);
        this.error = error;
    }

    public ChainError error() {
        return error;
    }
}
