package io.dtaolab.experiment.detect;

/** How a generated attack tries to evade (or not): see {@link AttackGenerator} for the ranges each one draws. */
public enum Variant {
    /** Parameters from the family's ordinary ranges, 1–4 coldkeys. */
    PLAIN("plain"),
    /** The same attack spread over 8–32 coldkeys. */
    SPLIT("split"),
    /** A quarter to a tenth of the ordinary pace, spread over a longer window. */
    SLOW("slow"),
    /** Wash trading by a Sybil swarm: 8–64 coldkeys, each washing its own small stake. */
    SWARM("swarm"),
    /** An insider cartel under {@code root-vote} that also bribes root validators every tempo. */
    BRIBE("root-bribe"),
    /** A small pump that hype and a large momentum herd carry. */
    FOLLOWERS("followers"),
    /** Hidden among an honest stress population (busy constant-size traders, whales, momentum, rebalancers). */
    NOISE("noise"),
    /** Together with a second attack of another family on another subnet. */
    COMBINED("combined");

    private final String id;

    Variant(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
