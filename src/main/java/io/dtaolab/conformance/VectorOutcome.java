package io.dtaolab.conformance;

/** The verdict on one vector: {@code line} is what the runner prints for it. */
public record VectorOutcome(String id, boolean passed, String line) {
}
