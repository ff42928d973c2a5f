package io.dtaolab.conformance;

/** A vector file that is missing, unreadable or not in the dtao-vectors/1 format. */
public final class VectorFileException extends Exception {
    public VectorFileException(String message) {
        super(message, null, false, false);
    }
}
