package io.dtaolab.analysis.detect;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Between one detector and the alarm list: keeps the highest score seen per subnet (for ROC curves over the
 * threshold) and raises an alarm when a score reaches the threshold, at most once per subnet per cooldown so a
 * sustained attack does not flood the channel.
 */
public final class AlarmGate {
    static final long COOLDOWN_BLOCKS = 360;

    private final String detector;
    private final double threshold;
    private final AlarmSink sink;
    private final Map<Integer, Double> maxScore = new HashMap<>();
    private final Map<Integer, Long> lastAlarm = new HashMap<>();
    /** Every score offered, for replay at other thresholds; null unless the bank traces scores. */
    private final ScoreTrace trace;

    AlarmGate(String detector, double threshold, AlarmSink sink, ScoreTrace trace) {
        this.detector = detector;
        this.threshold = threshold;
        this.sink = sink;
        this.trace = trace;
    }

    public void offer(long block, int netuid, double score, Supplier<String> evidence) {
        if (!(score > 0)) {
            return;
        }
        maxScore.merge(netuid, score, Math::max);
        if (trace != null) {
            trace.record(block, netuid, score);
        }
        if (score < threshold) {
            return;
        }
        Long last = lastAlarm.get(netuid);
        if (last != null && block - last < COOLDOWN_BLOCKS) {
            return;
        }
        lastAlarm.put(netuid, block);
        sink.onAlarm(new Alarm(detector, block, netuid, score, evidence.get()));
    }

    /**
     * Whether a score up to {@code upperBound} could change anything: raise the subnet's best score or reach the
     * threshold. Detectors use it to skip their costly part when the cheap bound already says no. Always true
     * while scores are traced (every score then matters for the replay).
     */
    public boolean couldMatter(int netuid, double upperBound) {
        if (!(upperBound > 0)) {
            return false;
        }
        if (trace != null) {
            return true;
        }
        Double best = maxScore.get(netuid);
        return upperBound >= threshold || best == null || upperBound > best;
    }

    Map<Integer, Double> maxScores() {
        return Map.copyOf(maxScore);
    }
}
