package io.dtaolab.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Precision, recall, time to detect and the ROC over the threshold for each detector, from labelled samples. For
 * the ROC a positive's score is the detector's highest score on the target, a negative's its highest anywhere.
 */
public final class DetectorScoring {
    private DetectorScoring() {
    }

    public static List<DetectorStats> score(List<LabelledSample> samples) {
        List<DetectorStats> out = new ArrayList<>();
        for (Detector d : DetectorBank.standard()) {
            out.add(score(d, samples));
        }
        return out;
    }

    static DetectorStats score(Detector d, List<LabelledSample> samples) {
        String name = d.name();
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int others = 0;
        int othersFlagged = 0;
        double delaySum = 0;
        String attack = "";
        for (LabelledSample s : samples) {
            boolean own = s.expectedDetector().equals(name);
            if (s.attack() && own) {
                attack = s.strategy();
                pos.add(s.detection().maxScore(name, s.anySubnet() ? 0 : s.target()));
                long delay = s.delay(name);
                if (delay >= 0) {
                    tp++;
                    delaySum += delay;
                }
            } else if (s.attack()) {
                others++;
                othersFlagged += s.anyAlarm(name) ? 1 : 0;
            } else {
                neg.add(s.detection().maxScore(name, 0));
                fp += s.anyAlarm(name) ? 1 : 0;
            }
        }
        List<DetectorStats.RocPoint> roc = roc(pos, neg);
        return new DetectorStats(name, attack, d.defaultThreshold(), pos.size(), neg.size(), tp, fp,
                tp == 0 ? Double.NaN : delaySum / tp, auc(roc), others, othersFlagged, roc);
    }

    /** One point per distinct score (alarm when score ≥ threshold), from "alarm on everything" to "never". */
    static List<DetectorStats.RocPoint> roc(List<Double> pos, List<Double> neg) {
        TreeSet<Double> thresholds = new TreeSet<>();
        pos.stream().filter(v -> v > 0).forEach(thresholds::add);
        neg.stream().filter(v -> v > 0).forEach(thresholds::add);
        List<DetectorStats.RocPoint> points = new ArrayList<>();
        points.add(new DetectorStats.RocPoint(0, 1, 1));
        for (double t : thresholds) {
            points.add(new DetectorStats.RocPoint(t, rate(pos, t), rate(neg, t)));
        }
        points.add(new DetectorStats.RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        return points;
    }

    private static double rate(List<Double> scores, double threshold) {
        if (scores.isEmpty()) {
            return 0;
        }
        return scores.stream().filter(v -> v >= threshold).count() / (double) scores.size();
    }

    /** Area under the ROC by the trapezoid rule (points run from (1,1) down to (0,0)). */
    static double auc(List<DetectorStats.RocPoint> roc) {
        double area = 0;
        for (int i = 1; i < roc.size(); i++) {
            DetectorStats.RocPoint a = roc.get(i - 1);
            DetectorStats.RocPoint b = roc.get(i);
            area += (a.fpr() - b.fpr()) * (a.tpr() + b.tpr()) / 2;
        }
        return area;
    }
}
