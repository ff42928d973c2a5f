package io.dtaolab.chain;

import io.dtaolab.chain.epoch.CacheWarm;
import java.util.Arrays;

/**
 * The neurons of one subnet: uid → hotkey, which uids are validators, the weights validators set over
 * uids and when. Small and configurable (collusion studies, not a full metagraph). uid 0 is the owner hotkey.
 */
public final class Neurons {
    private final int[] hotkeys;
    private final boolean[] validator;
    private final double[][] weights;
    private final long[] lastUpdate;
    private final long[] registeredBlock;
    /** By uid: how many times its weight row changed (readers keeping a copy of the row compare it). */
    private final int[] weightWrites;
    private final Object[] epochState = new Object[1];
    /** How many times a uid changed hands ({@link #replace}): readers caching hotkeys by uid compare it. */
    private int replacements;

    public Neurons(int[] hotkeys, boolean[] validator, long registeredAt) {
        if (hotkeys.length != validator.length || hotkeys.length == 0) {
            throw new IllegalArgumentException("need at least one neuron and a role for each");
        }
        this.hotkeys = hotkeys.clone();
        this.validator = validator.clone();
        int n = hotkeys.length;
        this.weights = new double[n][n];
        this.lastUpdate = new long[n];
        this.registeredBlock = new long[n];
        this.weightWrites = new int[n];
        Arrays.fill(registeredBlock, registeredAt);
    }

    /** {@link io.dtaolab.chain.epoch.CacheWarm} for what an epoch reads here (the validators' weight rows too). */
    long warm() {
        long t = CacheWarm.of(hotkeys) + CacheWarm.of(validator) + CacheWarm.of(lastUpdate) + CacheWarm.of(registeredBlock)
                + CacheWarm.of(weightWrites);
        for (int uid = 0; uid < hotkeys.length; uid++) {
            if (validator[uid]) {
                t += CacheWarm.of(weights[uid]);
            }
        }
        return t;
    }

    public int size() {
        return hotkeys.length;
    }

    public int hotkey(int uid) {
        return hotkeys[uid];
    }

    public boolean isValidator(int uid) {
        return validator[uid];
    }

    /** Changes whenever a uid gets a new hotkey; the validator roles themselves never change. */
    public int replacements() {
        return replacements;
    }

    public int uidOf(int hotkey) {
        for (int i = 0; i < hotkeys.length; i++) {
            if (hotkeys[i] == hotkey) {
                return i;
            }
        }
        return -1;
    }

    /** Row of weights set by a uid (read-only copy). */
    public double[] weightsOf(int uid) {
        return weights[uid].clone();
    }

    public long lastUpdate(int uid) {
        return lastUpdate[uid];
    }

    public long registeredBlock(int uid) {
        return registeredBlock[uid];
    }

    int weightWrites(int uid) {
        return weightWrites[uid];
    }

    double[][] weightMatrix() {
        return weights;
    }

    long[] lastUpdates() {
        return lastUpdate;
    }

    /** Sets a validator's weights; values are normalised to sum 1, self-weight is dropped (owner excepted). */
    void setWeights(int uid, double[] row, long block) {
        setWeights(uid, row, block, true);
    }

    /**
     * As {@link #setWeights(int, double[], long)}; {@code onU16Grid = false} keeps full precision, for a background
     * validator that stands for many real ones: their stake-weighted aggregate row is not on the u16 grid.
     */
    void setWeights(int uid, double[] row, long block, boolean onU16Grid) {
        if (!validator[uid]) {
            throw new ChainException(ChainError.InvalidWeights, "uid " + uid + " has no validator role");
        }
        if (row.length != hotkeys.length) {
            throw new ChainException(ChainError.InvalidWeights, "expected " + hotkeys.length + " weights");
        }
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
            double w = (j == uid && uid != 0) ? 0 : row[j];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new ChainException(ChainError.InvalidWeights, "weights must be finite and ≥ 0");
            }
            sum += w;
        }
        boolean changed = false;
        for (int j = 0; j < row.length; j++) {
            double w = (j == uid && uid != 0) ? 0 : row[j];
            // the chain stores u16 weights; quantise so runs match what the chain could hold
            double v = sum == 0 ? 0 : onU16Grid ? Math.floor(w / sum * 65_535) / 65_535 : w / sum;
            changed |= Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(weights[uid][j]);
            weights[uid][j] = v;
        }
        if (changed) {
            weightWrites[uid]++;
        }
        lastUpdate[uid] = block;
    }

    /**
     * A newly registered hotkey takes a miner's uid: no weights set yet, registered now (bonds to it reset at the
     * epoch). The owner's uid 0 and the validators keep their hotkeys for the object's life (readers cache them).
     */
    void replace(int uid, int hotkey, long block) {
        if (uid == 0 || validator[uid]) {
            throw new IllegalArgumentException("uid " + uid + " is not a miner's: its hotkey never changes hands");
        }
        hotkeys[uid] = hotkey;
        replacements++;
        registeredBlock[uid] = block;
        lastUpdate[uid] = 0;
        Arrays.fill(weights[uid], 0);
        weightWrites[uid]++;
    }

    @SuppressWarnings("unchecked")
    <T> T epochState() {
        return (T) epochState[0];
    }

    void epochState(Object state) {
        epochState[0] = state;
    }
}
