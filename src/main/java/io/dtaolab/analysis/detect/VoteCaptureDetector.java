package io.dtaolab.analysis.detect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Vote capture under {@code holder-vote}: votes that follow the TAO moves behind them. A holder vote weighs the
 * holder's TAO, so splitting a wallet over many keys (the funding transfers) and voting each key at least
 * {@value #ALL_IN} for one subnet is how a Sybil swarm captures it. Votes are counted per actor (the keys one wallet
 * funded, see {@link FundingClusters}); unrelated holders, and keys funded from exchanges, stand alone. Score on a
 * subnet: the most keys one actor has voting mostly for it.
 * <p>
 * Arbitration with {@link CollusionDetector}: an actor that also operates validators on the subnet whose weights go
 * mostly to the subnet owner (its miners, or uid 0 beyond the subnet's lowest burn share: the collusion detector's
 * evidence) is a validator cartel, and its keys' votes for that subnet are part of that evidence; they are not
 * counted here, so one actor raises one family's alarm.
 */
public final class VoteCaptureDetector implements Detector {
    public static final String NAME = "vote-capture";
    static final double ALL_IN = 0.5;
    static final double OWNER_DIRECTED = CollusionDetector.OWNER_SHARE;

    private final FundingClusters clusters = new FundingClusters();
    /** Per subnet, per actor: its keys that vote mostly for it. */
    private final Map<Integer, Map<Long, Set<Integer>>> captured = new HashMap<>();
    /** Per subnet: each validator hotkey's latest burn share (weight on uid 0), and the actors of cartel validators. */
    private final Map<Integer, Map<Integer, Double>> burnShare = new HashMap<>();
    private final Map<Integer, Set<Long>> cartels = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 4.5;
    }

    @Override
    public void onFunding(FundingEvent f, AlarmGate gate) {
        clusters.add(f);
    }

    @Override
    public void onWeights(WeightEvent w, AlarmGate gate) {
        double sum = 0;
        for (double x : w.row()) {
            sum += x;
        }
        double burn = sum > 0 && w.row().length > 0 ? w.row()[0] / sum : 0;
        Map<Integer, Double> burns = burnShare.computeIfAbsent(w.netuid(), n -> new HashMap<>());
        burns.put(w.hotkey(), burn);
        double floor = burn;
        for (double b : burns.values()) {
            floor = Math.min(floor, b);
        }
        if (w.ownerShare() + (burn - floor) >= OWNER_DIRECTED) {
            cartels.computeIfAbsent(w.netuid(), n -> new HashSet<>()).add(clusters.actor(w.hotkeyOwner()));
        }
    }

    @Override
    public void onVote(VoteEvent v, AlarmGate gate) {
        if (!v.holder()) {
            return;
        }
        double[] w = v.weightsByNetuid();
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        long actor = clusters.actor(v.coldkey());
        for (int n = 1; n < w.length; n++) {
            Map<Long, Set<Integer>> byActor = captured.computeIfAbsent(n, k -> new HashMap<>());
            boolean allIn = sum > 0 && w[n] / sum >= ALL_IN
                    && !cartels.getOrDefault(n, Set.of()).contains(actor);
            Set<Integer> keys = byActor.get(actor);
            if (!allIn) {
                if (keys != null) {
                    keys.remove(v.coldkey());
                }
                continue;
            }
            keys = byActor.computeIfAbsent(actor, k -> new HashSet<>());
            keys.add(v.coldkey());
            int count = keys.size();
            Set<Integer> blamed = keys;
            int netuid = n;
            gate.offer(v.block(), n, count, () -> String.format(Locale.ROOT, "%d coldkeys funded from one wallet vote at "
                    + "least %.0f%% of their holder vote to SN%d; coldkeys %s", count, 100 * ALL_IN, netuid,
                    Attribution.keys(blamed)));
        }
    }
}
