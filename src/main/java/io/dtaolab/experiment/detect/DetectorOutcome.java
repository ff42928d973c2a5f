package io.dtaolab.experiment.detect;

import java.util.List;
import java.util.Map;

/**
 * One detector over a set of evaluation worlds at one threshold. A true positive is an attack of the detector's
 * family whose target (any subnet for sandwiches) the score reached the threshold on at or after the attack began;
 * every other (world, subnet) where it reached the threshold is a false alarm — on honest worlds, on twins, and on
 * attacks of other families (a wrong attribution). Delays are in blocks from the attack's start, at
 * {@link io.dtaolab.analysis.detect.ScoreTrace#BUCKET}-block resolution.
 */
public record DetectorOutcome(String detector, double threshold, int positives, int truePositives,
                              int falseAlarms, int falseOnHonest, int falseOnOtherAttacks, List<Long> delays,
                              Map<Variant, int[]> byVariant, Map<HonestStress, int[]> falseByStress) {

    public double precision() {
        int flagged = truePositives + falseAlarms;
        return flagged == 0 ? Double.NaN : truePositives / (double) flagged;
    }

    public double recall() {
        return positives == 0 ? Double.NaN : truePositives / (double) positives;
    }

    public double meanDelay() {
        return delays.isEmpty() ? Double.NaN : delays.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    public double medianDelay() {
        if (delays.isEmpty()) {
            return Double.NaN;
        }
        List<Long> s = delays.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }
}
