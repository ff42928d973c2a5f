package io.dtaolab.scenario;

/** What a run writes besides its report: per-tempo series, and trade events above a size. */
public record OutputSpec(boolean series, boolean events, long tradeEventMinRao) {
    public static final OutputSpec DEFAULT = new OutputSpec(true, false, 10_000_000_000L);
}
