package io.dtaolab.agents;

import io.dtaolab.chain.Neurons;
import io.dtaolab.chain.Rao;

/**
 * Small helpers every agent shares: Poisson gaps, SDK-style limit prices, validator choice and affordability.
 * Stateless; randomness only from the caller's own stream.
 */
public final class Trading {
    /** Blocks per day at 12-second blocks. */
    public static final long BLOCKS_PER_DAY = 7_200;
    /** Smallest order agents send: above every era's minimum stake (0.002 TAO) plus fees. */
    public static final long MIN_ORDER_RAO = 5_000_000L;
    /** Longest gap an agent schedules (keeps arithmetic far from overflow). */
    private static final long MAX_GAP = 400L * BLOCKS_PER_DAY;

    private Trading() {
    }

    /** Gap to the next Poisson arrival for a mean spacing of {@code meanBlocks}: 1 + floor(Exp(mean)). */
    public static long poissonGap(Rng rng, double meanBlocks) {
        if (!(meanBlocks > 0) || Double.isInfinite(meanBlocks)) {
            return MAX_GAP;
        }
        double e = -Math.log(1.0 - rng.nextDouble()) * meanBlocks;
        return 1 + (long) Math.min(MAX_GAP, Math.floor(e));
    }

    /** Standard normal draw (Box–Muller, one value per call). */
    public static double normal(Rng rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return normal(u1, u2);
    }

    /** {@link #normal(Rng)} from its draws: {@code u1 = 1 - nextDouble()}, then {@code u2 = nextDouble()}. */
    public static double normal(double u1, double u2) {
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** SDK "safe staking" buy limit spot·(1+tol) in RAO per alpha; tol ≤ 0 means no limit (the SDK default). */
    public static long buyLimit(double spot, double tol) {
        if (!(tol > 0)) {
            return Extrinsic.NO_LIMIT;
        }
        return Math.max(1, (long) Math.ceil(spot * (1 + tol) * Rao.PER_TAO));
    }

    /** SDK sell limit spot·(1−tol) in RAO per alpha; tol ≤ 0 means no limit. */
    public static long sellLimit(double spot, double tol) {
        if (!(tol > 0)) {
            return Extrinsic.NO_LIMIT;
        }
        return Math.max(1, (long) Math.floor(spot * (1 - Math.min(tol, 0.999)) * Rao.PER_TAO));
    }

    /**
     * A validator hotkey of the subnet (uid ≥ 1 with the validator role), chosen by {@code salt}; the owner hotkey
     * if there is no other validator; -1 if the subnet has no neurons.
     */
    public static int validatorHotkey(MarketView view, int netuid, long salt) {
        int[] validators = view.validatorHotkeys(netuid);
        if (validators == null) {
            return -1;
        }
        if (validators.length == 0) {
            return view.neurons(netuid).hotkey(0);
        }
        return validators[(int) Math.floorMod(salt, (long) validators.length)];
    }

    /** A subnet drawn with probability ∝ its TAO reserve; -1 if there is none. */
    public static int pickByReserve(MarketView view, Rng rng) {
        int[] ids = view.netuidsShared();
        double[] reserves = view.reservesOf(ids);
        double total = reserves[ids.length];
        if (ids.length == 0 || total <= 0) {
            return -1;
        }
        double u = rng.nextDouble() * total;
        for (int k = 0; k < ids.length; k++) {
            u -= reserves[k];
            if (u < 0) {
                return ids[k];
            }
        }
        return ids[ids.length - 1];
    }

    /** The TAO an agent can put into a buy: {@code want} capped by its free balance; 0 if below the minimum order. */
    public static long affordableBuy(MarketView view, int coldkey, long want) {
        long amount = Math.min(want, view.free(coldkey));
        return amount >= MIN_ORDER_RAO ? amount : 0;
    }

    /**
     * Alpha to sell for a wish of {@code want} out of {@code held}: the whole position when the rest would be dust,
     * 0 when the sale would return less than the minimum order.
     */
    public static long sellable(MarketView view, int netuid, long held, long want) {
        if (held <= 0 || want <= 0) {
            return 0;
        }
        long amount = want >= held - held / 20 ? held : want;
        return view.quoteSell(netuid, amount) >= MIN_ORDER_RAO ? amount : 0;
    }

    /** Hypothetical alpha out of a buy on a CPMM with reserves (tao, alpha), fee fraction φ taken from the input. */
    public static double cpmmBuy(double taoReserve, double alphaReserve, double taoIn, double feeFrac) {
        double in = taoIn * (1 - feeFrac);
        return alphaReserve - alphaReserve * taoReserve / (taoReserve + in);
    }

    /** Hypothetical TAO out of a sale on a CPMM with reserves (tao, alpha), fee fraction φ. */
    public static double cpmmSell(double taoReserve, double alphaReserve, double alphaIn, double feeFrac) {
        double in = alphaIn * (1 - feeFrac);
        return taoReserve - taoReserve * alphaReserve / (alphaReserve + in);
    }

    /** Next block ≥ {@code from} at which the subnet runs its epoch under the staggered schedule. */
    public static long nextEpochBlock(long from, int netuid, int tempo) {
        long period = tempo + 1L;
        long r = Math.floorMod(from + netuid + 1, period);
        return r == 0 ? from : from + (period - r);
    }

    /** Weights indexed by netuid with all weight on {@code netuid}. */
    public static double[] allOn(MarketView view, int netuid) {
        int max = netuid;
        for (int n : view.netuids()) {
            max = Math.max(max, n);
        }
        double[] w = new double[max + 1];
        w[netuid] = 1;
        return w;
    }
}
