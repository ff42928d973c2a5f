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

    private final FundingClusters clusters;

    public VoteCaptureDetector() {
        this(new FundingClusters());
    }

    /** Sharing {@code clusters} with the bank's other detectors (see {@link FundingClusters}). */
    VoteCaptureDetector(FundingClusters clusters) {
        this.clusters = clusters;
    }
    /** Per subnet, per actor: its keys that vote mostly for it. */
    private final Map<Integer, Map<Long, Set<Integer>>> captured = new HashMap<>();
    /** Per subnet: each validator hotkey's latest burn share (weight on uid 0), and the actors of cartel validators. */
    private final PerSubnet<Burns> burnShare = new PerSubnet<>(Burns::new);
    private final Map<Integer, Set<Long>> cartels = new HashMap<>();

    /**
     * One subnet's validators' latest burn shares, as parallel arrays in order of first weight set: a subnet has few
     * validators, and a linear pass both finds the hotkey and takes the minimum (no boxing, no hashing).
     */
    private static final class Burns {
        int[] hotkeys = new int[4];
        double[] shares = new double[4];
        int size;

        /** Sets the hotkey's share; returns the lowest share of all (it included). */
        double put(int hotkey, double share) {
            int at = -1;
            for (int i = 0; i < size; i++) {
                if (hotkeys[i] == hotkey) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                if (size == hotkeys.length) {
                    hotkeys = java.util.Arrays.copyOf(hotkeys, 2 * size);
                    shares = java.util.Arrays.copyOf(shares, 2 * size);
                }
                at = size++;
                hotkeys[at] = hotkey;
            }
            shares[at] = share;
            double floor = share;
            for (int i = 0; i < size; i++) {
                floor = Math.min(floor, shares[i]);
            }
            return floor;
        }
    }

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
        double floor = burnShare.getOrCreate(w.netuid()).put(w.hotkey(), burn);
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
