package io.dtaolab.experiment.detect;

import io.dtaolab.scenario.StrategySpec;
import java.util.List;

/**
 * One generated evaluation case: the strategy to run (with its run seed) and its ground truth, one {@link Truth} per
 * attack (none for an honest case, two for a combined one). The honest stress population is part of the truth too,
 * so false alarms can be broken down by what provoked them.
 */
public record GeneratedCase(String id, long runSeed, StrategySpec spec, HonestStress stress, List<Truth> truths) {

    public GeneratedCase {
        truths = List.copyOf(truths);
    }

    /** One attack: its family, variant, adversary id in the spec, target subnet and active window (block offsets). */
    public record Truth(AttackFamily family, Variant variant, String adversaryId, int target, long startOffset,
                        long stopOffset) {
    }

    public boolean honest() {
        return truths.isEmpty();
    }
}
