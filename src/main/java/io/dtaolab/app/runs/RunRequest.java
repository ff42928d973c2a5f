package io.dtaolab.app.runs;

import io.dtaolab.scenario.StrategySpec;

/**
 * A validated request to start a run: the strategy and its source (kept in the run directory), the seed and
 * length to use, and the pace in blocks per second (0 = as fast as possible).
 */
public record RunRequest(StrategySpec spec, String sourceName, byte[] source, long seed, long blocks, double speed) {
}
