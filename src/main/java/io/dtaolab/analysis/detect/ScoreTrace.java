package io.dtaolab.analysis.detect;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One detector's scores over a run, per subnet, kept as the highest score in each {@value #BUCKET}-block bucket:
 * enough to replay the detector at any threshold after the run (first block the score reached it, highest score
 * after a given block) without running it again. Block resolution is one bucket.
 */
public final class ScoreTrace {
    public static final long BUCKET = 10;

    private final Map<Integer, TreeMap<Long, Double>> bySubnet = new HashMap<>();

    public void record(long block, int netuid, double score) {
        bySubnet.computeIfAbsent(netuid, n -> new TreeMap<>()).merge(block / BUCKET, score, Math::max);
    }

    /** First block (bucket start, at or after {@code from}) where the score on the subnet reached {@code threshold}; -1 if never. */
    public long firstReach(int netuid, long from, double threshold) {
        TreeMap<Long, Double> m = bySubnet.get(netuid);
        if (m == null) {
            return -1;
        }
        for (Map.Entry<Long, Double> e : m.tailMap(from / BUCKET, true).entrySet()) {
            if (e.getValue() >= threshold) {
                return Math.max(from, e.getKey() * BUCKET);
            }
        }
        return -1;
    }

    /** Highest score on the subnet at or after block {@code from} (bucket resolution), 0 when none. */
    public double max(int netuid, long from) {
        TreeMap<Long, Double> m = bySubnet.get(netuid);
        if (m == null) {
            return 0;
        }
        return m.tailMap(from / BUCKET, true).values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Highest score on any subnet over the run, with the subnet it was on (0 when none). */
    public double maxAnywhere() {
        double best = 0;
        for (TreeMap<Long, Double> m : bySubnet.values()) {
            for (double v : m.values()) {
                best = Math.max(best, v);
            }
        }
        return best;
    }

    /** Highest score per subnet over the run. */
    public Map<Integer, Double> maxBySubnet() {
        Map<Integer, Double> out = new HashMap<>();
        bySubnet.forEach((n, m) -> out.put(n, m.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        return out;
    }
}
