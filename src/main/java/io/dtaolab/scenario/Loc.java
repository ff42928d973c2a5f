package io.dtaolab.scenario;

/** 1-based line and column of a node in the source text. */
public record Loc(int line, int column) {
    public static final Loc START = new Loc(1, 1);
}
