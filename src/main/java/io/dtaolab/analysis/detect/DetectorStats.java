package io.dtaolab.analysis.detect;

import java.util.List;

/**
 * One detector over a labelled sweep. Positives: attack worlds of its own attack (caught = an alarm on the target
 * after the attack began). Negatives: every twin world (any alarm is false). {@code otherAttacksFlagged}: attack
 * worlds of the other cases where it alarmed anywhere (informational: attacks overlap).
 */
public record DetectorStats(String detector, String attack, double threshold, int positives, int negatives,
                            int truePositives, int falsePositives, double meanDelayBlocks, double auc,
                            int otherAttacks, int otherAttacksFlagged, List<RocPoint> roc) {

    public record RocPoint(double threshold, double tpr, double fpr) {
    }

    public double precision() {
        int flagged = truePositives + falsePositives;
        return flagged == 0 ? Double.NaN : truePositives / (double) flagged;
    }

    public double recall() {
        return positives == 0 ? Double.NaN : truePositives / (double) positives;
    }
}
