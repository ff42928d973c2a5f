package io.dtaolab.experiment.search;

import io.dtaolab.analysis.RunMeasures;

/**
 * One candidate run on one seed: its measure record, whether a detector flagged the target after the attack began
 * (with the number of attack-world alarms) and the attack world's final state hash.
 */
public record SeedResult(long seed, RunMeasures measures, boolean detected, int alarms, long stateHash) {
}
