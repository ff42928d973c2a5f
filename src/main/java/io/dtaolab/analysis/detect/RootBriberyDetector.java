package io.dtaolab.analysis.detect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Root-validator bribery ({@code root-vote}): root validators whose root weights go mostly ({@value #ALL_IN} or more) to one
 * subnet, controlled or paid by an actor with a stake in that subnet's emission. On chain: the validator's owner, or an
 * actor that added root stake behind it (the bribe: stake delegated to the validator), also operates validators on
 * that subnet (weight sets seen there). Actors are the keys one wallet funded ({@link FundingClusters}). Score on a
 * subnet: the most such root validators one actor has.
 */
public final class RootBriberyDetector implements Detector {
    public static final String NAME = "root-bribery";
    static final double ALL_IN = 0.5;

    private final FundingClusters clusters;

    public RootBriberyDetector() {
        this(new FundingClusters());
    }

    /** Sharing {@code clusters} with the bank's other detectors (see {@link FundingClusters}). */
    RootBriberyDetector(FundingClusters clusters) {
        this.clusters = clusters;
    }
    /** Per subnet: actors that operate a validator there (a set: only asked whether it holds an actor). */
    private final PerSubnet<LongKeyMap<Boolean>> operators = new PerSubnet<>(LongKeyMap::new);
    /** Per root validator hotkey: its owner's actor and the actors that staked behind it. */
    private final Map<Integer, Set<Long>> linked = new HashMap<>();
    /** Per root validator hotkey: the subnet its latest root weights go mostly to (-1: none). */
    private final Map<Integer, Integer> votesFor = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 1;
    }

    @Override
    public void onFunding(FundingEvent f, AlarmGate gate) {
        clusters.add(f);
    }

    @Override
    public void onWeights(WeightEvent w, AlarmGate gate) {
        LongKeyMap<Boolean> ops = operators.getOrCreate(w.netuid());
        long actor = clusters.actor(w.hotkeyOwner());
        if (ops.get(actor) == null) {
            ops.computeIfAbsent(actor, a -> Boolean.TRUE);
            score(w.block(), w.netuid(), gate);
        }
    }

    @Override
    public void onRootStake(RootStakeEvent s, AlarmGate gate) {
        Set<Long> l = linked.computeIfAbsent(s.hotkey(), k -> new HashSet<>());
        l.add(clusters.actor(s.hotkeyOwner()));
        if (l.add(clusters.actor(s.coldkey()))) {
            Integer n = votesFor.get(s.hotkey());
            if (n != null && n > 0) {
                score(s.block(), n, gate);
            }
        }
    }

    @Override
    public void onVote(VoteEvent v, AlarmGate gate) {
        if (v.holder()) {
            return;
        }
        linked.computeIfAbsent(v.hotkey(), k -> new HashSet<>()).add(clusters.actor(v.coldkey()));
        double[] w = v.weightsByNetuid();
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        int top = -1;
        for (int n = 1; n < w.length; n++) {
            if (sum > 0 && w[n] / sum >= ALL_IN) {
                top = n;
            }
        }
        Integer before = votesFor.put(v.hotkey(), top);
        if (top > 0) {
            score(v.block(), top, gate);
        }
        if (before != null && before > 0 && before != top) {
            score(v.block(), before, gate);
        }
    }

    /** The most root validators voting mostly for {@code netuid} that one actor operating there controls or pays. */
    private void score(long block, int netuid, AlarmGate gate) {
        LongKeyMap<Boolean> ops = operators.get(netuid);
        if (ops == null || ops.size() == 0) {
            return;
        }
        Map<Long, Integer> perActor = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : votesFor.entrySet()) {
            if (e.getValue() != netuid) {
                continue;
            }
            for (long a : linked.getOrDefault(e.getKey(), Set.of())) {
                if (ops.get(a) != null) {
                    perActor.merge(a, 1, Integer::sum);
                }
            }
        }
        int best = perActor.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        gate.offer(block, netuid, best, () -> String.format(Locale.ROOT, "%d root validators put at least %.0f%% of their "
                + "root weight on SN%d, each owned or staked behind by one actor that also operates validators on SN%d",
                best, 100 * ALL_IN, netuid, netuid));
    }
}
