package io.dtaolab.experiment.detect;

import java.util.List;
import java.util.Optional;

/**
 * The attack families the evaluation generator draws, each with the detector that should catch it (empty where no
 * shipped detector claims the family) and the variants it can be drawn in.
 */
public enum AttackFamily {
    WASH("wash", "wash-trading", List.of(Variant.PLAIN, Variant.SPLIT, Variant.SLOW, Variant.SWARM, Variant.NOISE,
            Variant.COMBINED)),
    PUMP("pump", "pump-and-dump", List.of(Variant.PLAIN, Variant.SPLIT, Variant.SLOW, Variant.FOLLOWERS, Variant.NOISE,
            Variant.COMBINED)),
    SANDWICH("sandwich", "sandwich", List.of(Variant.PLAIN, Variant.NOISE, Variant.COMBINED)),
    COLLUSION("collusion", "collusion", List.of(Variant.PLAIN, Variant.SPLIT, Variant.BRIBE, Variant.NOISE,
            Variant.COMBINED)),
    FLOW("flow-recycling", "flow-gaming", List.of(Variant.PLAIN, Variant.SLOW, Variant.NOISE, Variant.COMBINED)),
    SYBIL("sybil", "", List.of(Variant.PLAIN, Variant.NOISE)),
    EMA_TIMING("ema-timing", "ema-timing", List.of(Variant.PLAIN, Variant.NOISE)),
    VOTE_CAPTURE("vote-capture", "vote-capture", List.of(Variant.PLAIN, Variant.NOISE)),
    /**
     * Root-validator bribery: not drawn on its own; the collusion family's root-bribe variant carries it as a second
     * truth (its cartel controls and pays root validators to vote for the target).
     */
    ROOT_BRIBERY("root-bribery", "root-bribery", List.of(Variant.BRIBE));

    /** The families the generator draws in turn (attack case i is of family i mod 8). */
    public static final List<AttackFamily> DRAWN = List.of(WASH, PUMP, SANDWICH, COLLUSION, FLOW, SYBIL, EMA_TIMING,
            VOTE_CAPTURE);

    private final String id;
    private final String detector;
    private final List<Variant> variants;

    AttackFamily(String id, String detector, List<Variant> variants) {
        this.id = id;
        this.detector = detector;
        this.variants = variants;
    }

    public String id() {
        return id;
    }

    /** The detector whose alarms attribute an attack to this family; empty when none claims it. */
    public Optional<String> detector() {
        return detector.isEmpty() ? Optional.empty() : Optional.of(detector);
    }

    public List<Variant> variants() {
        return variants;
    }

    /** The family a detector's alarm names, if any. */
    public static Optional<AttackFamily> ofDetector(String detector) {
        for (AttackFamily f : values()) {
            if (f.detector.equals(detector)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
