package io.dtaolab.engine;

/** Progress after a block: where the run is and how fast it goes. */
public record BlockSummary(long blockIndex, long blocksPlanned, long chainBlock, double blocksPerSecond,
                           double targetShareAttack, double targetShareTwin) {
}
