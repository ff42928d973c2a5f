package io.dtaolab.experiment.calibration;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * One half of the netuids 1–{@value #NETUIDS} under a random split with a fixed seed ({@value #SEED}): {@code calibrate
 * --fit} scores candidates on the fitting half only, and the report states the KS distance on the held-out half, which
 * the fit never saw. Each netuid goes to a half by a fair draw, so the halves hold about 64 subnets each.
 */
public record HoldOut(String name, BitSet members) {
    static final int NETUIDS = 1024;
    static final long SEED = 20_260_930L;

    public static final HoldOut FIT = split(true);
    public static final HoldOut HELD_OUT = split(false);

    public boolean contains(int netuid) {
        return netuid >= 0 && members.get(netuid);
    }

    private static HoldOut split(boolean fitting) {
        SplittableRandom rng = new SplittableRandom(SEED);
        BitSet members = new BitSet(NETUIDS);
        for (int n = 0; n < NETUIDS; n++) {
            if (rng.nextBoolean() == fitting) {
                members.set(n);
            }
        }
        return new HoldOut(fitting ? "fitting half" : "held-out half", members);
    }
}
