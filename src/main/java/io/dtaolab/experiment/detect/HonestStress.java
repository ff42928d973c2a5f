package io.dtaolab.experiment.detect;

/** Honest populations drawn to provoke false alarms, added on top of the generator's base population. */
public enum HonestStress {
    /** The base population only. */
    NONE("baseline"),
    /** 10–30 high-frequency noise traders (200–1 000 trades a day, the most a noise trader may make) with near-constant order sizes. */
    HFT("hft-constant-size"),
    /** 3–6 long-term stakers with 50k–500k TAO that rebalance every 1–7 hours. */
    WHALES("honest-whales"),
    /** 40–100 momentum followers with a low entry threshold and short holds: honest buying bursts. */
    MOMENTUM("momentum-bursts"),
    /** 10–30 large yield chasers moving 30–100 % of their stake every 60–360 blocks: validators rebalancing. */
    REBALANCING("validators-rebalancing");

    private final String id;

    HonestStress(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
