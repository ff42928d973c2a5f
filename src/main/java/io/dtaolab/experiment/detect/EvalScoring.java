package io.dtaolab.experiment.detect;

import io.dtaolab.analysis.detect.ScoreTrace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores detectors over evaluation worlds: outcomes at a threshold, ROC AUC, the confusion between families. Inert
 * attacks (the adversary never got an extrinsic executed: nothing on chain to see) are not positives; the report
 * counts them separately.
 */
public final class EvalScoring {
    private EvalScoring() {
    }

    public static DetectorOutcome outcome(String detector, double threshold, List<EvalWorld> worlds) {
        Optional<AttackFamily> family = AttackFamily.ofDetector(detector);
        int positives = 0;
        int tp = 0;
        int falseHonest = 0;
        int falseOther = 0;
        List<Long> delays = new ArrayList<>();
        Map<Variant, int[]> byVariant = new EnumMap<>(Variant.class);
        Map<HonestStress, int[]> byStress = new EnumMap<>(HonestStress.class);
        for (EvalWorld w : worlds) {
            ScoreTrace trace = w.trace(detector);
            Map<Integer, Double> max = trace.maxBySubnet();
            Set<Integer> covered = new HashSet<>();
            boolean coversAll = false;
            for (EvalWorld.Attack a : w.attacks()) {
                if (family.isEmpty() || a.truth().family() != family.get() || a.inert()) {
                    continue;
                }
                positives++;
                int[] v = byVariant.computeIfAbsent(a.truth().variant(), k -> new int[2]);
                v[1]++;
                long first = firstReach(trace, a, max.keySet(), threshold);
                if (first >= 0) {
                    tp++;
                    v[0]++;
                    delays.add(first - a.startBlock());
                    covered.add(a.truth().target());
                    coversAll |= a.anySubnet();
                }
            }
            if (w.honest()) {
                byStress.computeIfAbsent(w.stress(), k -> new int[2])[1]++;
            }
            int falseHere = 0;
            for (Map.Entry<Integer, Double> e : max.entrySet()) {
                if (e.getValue() >= threshold && !coversAll && !covered.contains(e.getKey())) {
                    falseHere++;
                }
            }
            if (w.honest()) {
                falseHonest += falseHere;
                byStress.get(w.stress())[0] += falseHere > 0 ? 1 : 0;
            } else {
                falseOther += falseHere;
            }
        }
        return new DetectorOutcome(detector, threshold, positives, tp, falseHonest + falseOther, falseHonest, falseOther,
                delays, byVariant, byStress);
    }

    /** First block at or after the attack began where the score reached the threshold on its target (or anywhere). */
    static long firstReach(ScoreTrace trace, EvalWorld.Attack a, Set<Integer> subnets, double threshold) {
        if (!a.anySubnet()) {
            return trace.firstReach(a.truth().target(), a.startBlock(), threshold);
        }
        long best = -1;
        for (int n : subnets) {
            long b = trace.firstReach(n, a.startBlock(), threshold);
            if (b >= 0 && (best < 0 || b < best)) {
                best = b;
            }
        }
        return best;
    }

    /** The score an attack gets: the highest on its target (anywhere for sandwiches) from its start on. */
    static double attackScore(ScoreTrace trace, EvalWorld.Attack a) {
        if (!a.anySubnet()) {
            return trace.max(a.truth().target(), a.startBlock());
        }
        double best = 0;
        for (int n : trace.maxBySubnet().keySet()) {
            best = Math.max(best, trace.max(n, a.startBlock()));
        }
        return best;
    }

    /**
     * ROC AUC (Mann–Whitney, ties count half): how often an attack of the detector's family scores above an honest
     * world's highest score anywhere. NaN when either side is empty.
     */
    public static double auc(String detector, List<EvalWorld> worlds) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        collect(detector, worlds, pos, neg);
        if (pos.isEmpty() || neg.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double p : pos) {
            for (double n : neg) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / (pos.size() * (double) neg.size());
    }

    /** ROC points (threshold, TPR, FPR) at up to {@code points} thresholds, the same ordering as {@link #auc}. */
    public static List<double[]> roc(String detector, List<EvalWorld> worlds, int points) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        collect(detector, worlds, pos, neg);
        List<double[]> out = new ArrayList<>();
        for (double t : candidates(pos, neg, points)) {
            out.add(new double[] {t, rate(pos, t), rate(neg, t)});
        }
        return out;
    }

    private static void collect(String detector, List<EvalWorld> worlds, List<Double> pos, List<Double> neg) {
        Optional<AttackFamily> family = AttackFamily.ofDetector(detector);
        for (EvalWorld w : worlds) {
            ScoreTrace trace = w.trace(detector);
            if (w.honest()) {
                neg.add(trace.maxAnywhere());
            }
            for (EvalWorld.Attack a : w.attacks()) {
                if (family.isPresent() && a.truth().family() == family.get() && !a.inert()) {
                    pos.add(attackScore(trace, a));
                }
            }
        }
    }

    /** Candidate thresholds: the distinct positive scores seen, thinned to at most {@code limit} quantiles. */
    static List<Double> candidates(List<Double> pos, List<Double> neg, int limit) {
        TreeSet<Double> all = new TreeSet<>();
        pos.stream().filter(v -> v > 0).forEach(all::add);
        neg.stream().filter(v -> v > 0).forEach(all::add);
        List<Double> sorted = new ArrayList<>(all);
        if (sorted.size() <= limit) {
            return sorted;
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            out.add(sorted.get((int) ((long) i * (sorted.size() - 1) / (limit - 1))));
        }
        return out;
    }

    /** Every threshold the scores distinguish, each with the score just above it, for tuning. */
    static List<Double> thresholds(String detector, List<EvalWorld> worlds, int limit) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        collect(detector, worlds, pos, neg);
        for (EvalWorld w : worlds) {
            neg.addAll(w.trace(detector).maxBySubnet().values());
        }
        return candidates(pos, neg, limit);
    }

    private static double rate(List<Double> scores, double t) {
        return scores.isEmpty() ? Double.NaN : scores.stream().filter(v -> v >= t).count() / (double) scores.size();
    }

    /**
     * Which detector fires on which attack: per true family (single-attack worlds only) and for honest worlds (key
     * "honest"), how many worlds the detector reached the threshold in on any subnet, of how many.
     */
    public static Map<String, int[]> confusionRow(String detector, double threshold, List<EvalWorld> worlds) {
        Map<String, int[]> out = new java.util.LinkedHashMap<>();
        for (AttackFamily f : AttackFamily.values()) {
            out.put(f.id(), new int[2]);
        }
        out.put("honest", new int[2]);
        for (EvalWorld w : worlds) {
            if (!w.honest() && w.attacks().size() != 1) {
                continue;
            }
            int[] c = out.get(w.honest() ? "honest" : w.attacks().get(0).truth().family().id());
            c[0] += w.trace(detector).maxAnywhere() >= threshold ? 1 : 0;
            c[1]++;
        }
        return out;
    }
}
