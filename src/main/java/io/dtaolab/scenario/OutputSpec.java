package io.dtaolab.scenario;

/**
 * What a run writes besides its report: per-tempo series, the events file (trades of at least
 * {@code tradeEventMinRao}, refusals of any size), and the share of network emission moved between subnets from
 * which the verdict calls the distortion material ({@code distortionThresholdPct}, in percent).
 */
public record OutputSpec(boolean series, boolean events, long tradeEventMinRao, double distortionThresholdPct) {
    public static final double DEFAULT_DISTORTION_THRESHOLD_PCT = 0.1;
    public static final OutputSpec DEFAULT = new OutputSpec(true, false, 10_000_000_000L, DEFAULT_DISTORTION_THRESHOLD_PCT);
}
