package io.dtaolab.agents;

import io.dtaolab.chain.Network;
import io.dtaolab.chain.Neurons;

/**
 * The read-only chain state an agent may look at: pools, prices, emission, stake, neurons. Agents read it only
 * while the block's extrinsics wait in the mempool, so per-block facts (subnet list, validator hotkeys) are
 * computed once per block and shared by every agent.
 */
public final class MarketView {
    private final Network net;
    private long cachedBlock = Long.MIN_VALUE;
    private int[] current;
    /** The spell ({@link #stillSpell}) in which {@link #current} was last checked. */
    private long currentIn;
    private int[] netuids;
    /**
     * Per netuid, its validators' hotkeys as read from {@code validatorsFrom}: only a miner's uid changes hands
     * ({@link Neurons#replace}), so they stay while the subnet keeps that object, and a check needs no look into it.
     */
    private int[][] validators;
    private Neurons[] validatorsFrom;
    /** Scratch of {@link #readStakes}: per netuid 1 + the index of the position asked for there. */
    private int[] asked;
    /** See {@link #chainStill}: the last sell quote, valid while {@code still}. */
    private boolean still;
    private int soldNetuid = -1;
    private long soldAlpha;
    private long soldTao;
    /**
     * The number of the spell in which the chain stands still (2, 4, …), -1 while it may change. A subnet's validators
     * checked in this spell ({@code checkedIn[netuid]}) are still its validators.
     */
    private long stillSpell = -1;
    private long spells;
    private long[] checkedIn;
    /** See {@link #reservesOf}: the reserves of {@code reservesFor}, read in spell {@code reservesIn}. */
    private double[] reserves = new double[0];
    private int[] reservesFor;
    private long reservesIn = -2;

    public MarketView(Network net) {
        this.net = net;
        // sized and filled for every subnet from the start: filling on first use was a branch the JIT compiled out of
        // the agents that inline this read (it is taken before they are hot), and each new world (every seed of a
        // multi-seed run) then deoptimised them
        this.validators = new int[net.capacity()][];
        this.validatorsFrom = new Neurons[net.capacity()];
        this.asked = new int[net.capacity()];
        this.checkedIn = new long[net.capacity()];
        for (int n : net.netuids()) {
            validatorHotkeys(n);
        }
    }

    public long block() {
        return net.block();
    }

    /**
     * Existing non-root netuids in ascending order, as they are now; shared by every agent of the world (do not
     * modify) and kept while the subnet set stays the same (checked without a copy).
     */
    public int[] netuids() {
        if (currentIn == stillSpell) {
            return current; // checked since the chain last changed
        }
        if (current == null || !sameSubnets(current)) {
            current = net.netuids();
        }
        if (still) {
            currentIn = stillSpell;
        }
        return current;
    }

    /** {@link #netuids()} as at the first call in this block (the subnet set an agent sees while it acts). */
    int[] netuidsShared() {
        refresh();
        if (netuids == null) {
            netuids = netuids();
        }
        return netuids;
    }

    /**
     * Per index k of {@code ids} ({@link #netuidsShared}), the subnet's TAO reserve as a double, and at index
     * {@code ids.length} their sum in that order; read once per spell in which the chain stands still (shared by every
     * buyer of the block), else afresh. Do not modify.
     */
    double[] reservesOf(int[] ids) {
        if (reservesIn == stillSpell && reservesFor == ids) {
            return reserves;
        }
        if (reserves.length < ids.length + 1) {
            reserves = new double[ids.length + 1];
        }
        double total = 0;
        for (int k = 0; k < ids.length; k++) {
            double r = net.taoReserve(ids[k]);
            reserves[k] = r;
            total += r;
        }
        reserves[ids.length] = total;
        reservesFor = ids;
        reservesIn = still ? stillSpell : -2;
        return reserves;
    }

    private boolean sameSubnets(int[] ids) {
        int k = 0;
        for (int n = 1; n < net.capacity(); n++) {
            if (net.exists(n)) {
                if (k >= ids.length || ids[k] != n) {
                    return false;
                }
                k++;
            }
        }
        return k == ids.length;
    }

    /**
     * Hotkeys of the subnet's validators (uid ≥ 1 with the validator role) in uid order; {@code null} if the subnet
     * has no neurons. Kept while the subnet keeps its {@link Neurons} (validator roles and hotkeys are fixed per
     * object); do not modify.
     */
    int[] validatorHotkeys(int netuid) {
        if (netuid < checkedIn.length && checkedIn[netuid] == stillSpell) {
            return validators[netuid]; // checked since the chain last changed: no look at the subnet's neurons
        }
        Neurons ns = net.neurons(netuid);
        if (ns == null) {
            return null;
        }
        if (netuid >= validators.length) {
            int size = Math.max(netuid + 1, net.capacity());
            validators = java.util.Arrays.copyOf(validators, size);
            validatorsFrom = java.util.Arrays.copyOf(validatorsFrom, size);
            checkedIn = java.util.Arrays.copyOf(checkedIn, size);
        }
        int[] v = validators[netuid];
        if (v == null || validatorsFrom[netuid] != ns) {
            v = validatorsOf(ns);
            validators[netuid] = v;
            validatorsFrom[netuid] = ns;
        }
        if (still) {
            checkedIn[netuid] = stillSpell;
        }
        return v;
    }

    private static int[] validatorsOf(Neurons ns) {
        int count = 0;
        for (int uid = 1; uid < ns.size(); uid++) {
            if (ns.isValidator(uid)) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int uid = 1; uid < ns.size(); uid++) {
            if (ns.isValidator(uid)) {
                out[k++] = ns.hotkey(uid);
            }
        }
        return out;
    }

    private void refresh() {
        long b = net.block();
        if (b != cachedBlock) {
            cachedBlock = b;
            netuids = null;
        }
    }

    public boolean exists(int netuid) {
        return net.exists(netuid);
    }

    public double spotPrice(int netuid) {
        return net.spotPrice(netuid);
    }

    public double emaPrice(int netuid) {
        return net.emaPrice(netuid);
    }

    public long taoReserve(int netuid) {
        return net.taoReserve(netuid);
    }

    public long alphaReserve(int netuid) {
        return net.alphaReserve(netuid);
    }

    public double emissionShare(int netuid) {
        return net.emissionShare(netuid);
    }

    public long lastTaoEmission(int netuid) {
        return net.lastTaoEmission(netuid);
    }

    public double flowEma(int netuid) {
        return net.flowEma(netuid);
    }

    public double minerBurned(int netuid) {
        return net.minerBurned(netuid);
    }

    public long blockEmission() {
        return net.blockEmission();
    }

    public long free(int coldkey) {
        return net.free(coldkey);
    }

    public long stake(int coldkey, int hotkey, int netuid) {
        return net.stake(coldkey, hotkey, netuid);
    }

    /** What {@link #readStakes} reports for a position the coldkey holds no shares of. */
    public static final long NO_SHARES = -1;

    /**
     * The coldkey's stake in each position (netuids[i], hotkeys[i]), i < count, in one pass over its stake row:
     * stakes[i] = {@link #stake}, or {@link #NO_SHARES} if it holds no shares there ({@link #holdsShares} false; a
     * negative hotkey holds none). The netuids must be distinct. Cheaper than a read per position.
     */
    public void readStakes(int coldkey, int[] netuids, int[] hotkeys, int count, long[] stakes) {
        if (asked.length < net.capacity()) {
            asked = new int[net.capacity()];
        }
        for (int i = 0; i < count; i++) {
            stakes[i] = NO_SHARES;
            if (hotkeys[i] >= 0) {
                if (asked[netuids[i]] != 0) {
                    java.util.Arrays.fill(asked, 0);
                    throw new IllegalArgumentException("netuid " + netuids[i] + " asked for twice");
                }
                asked[netuids[i]] = i + 1;
            }
        }
        net.stakesAt(coldkey, asked, hotkeys, stakes);
        for (int i = 0; i < count; i++) {
            if (hotkeys[i] >= 0) {
                asked[netuids[i]] = 0;
            }
        }
    }

    /** Whether the coldkey owns shares of that position, even dust that reads as 0 stake (see {@link Network#holdsShares}). */
    public boolean holdsShares(int coldkey, int hotkey, int netuid) {
        return net.holdsShares(coldkey, hotkey, netuid);
    }

    public long hotkeyStake(int hotkey, int netuid) {
        return net.hotkeyStake(hotkey, netuid);
    }

    public Neurons neurons(int netuid) {
        return net.neurons(netuid);
    }

    /** The coldkey that owns a hotkey. */
    public int hotkeyOwner(int hotkey) {
        return net.hotkeyOwner(hotkey);
    }

    public int subnetOwner(int netuid) {
        return net.subnetOwner(netuid);
    }

    public int subnetOwnerHotkey(int netuid) {
        return net.subnetOwnerHotkey(netuid);
    }

    public long lockCost() {
        return net.lockCost();
    }

    /** Alpha a buy would return now after fees, without changing anything. */
    public long quoteBuy(int netuid, long taoRao) {
        return net.quoteBuy(netuid, taoRao);
    }

    /** TAO a sale would return now after fees, without changing anything. */
    public long quoteSell(int netuid, long alphaRao) {
        if (still && netuid == soldNetuid && alphaRao == soldAlpha) {
            return soldTao;
        }
        long tao = net.quoteSell(netuid, alphaRao);
        if (still) {
            soldNetuid = netuid;
            soldAlpha = alphaRao;
            soldTao = tao;
        }
        return tao;
    }

    /**
     * For the engine: whether the chain stays as it is until further notice (agents acting on a block, before its
     * extrinsics run). Meanwhile the last sell quote is kept, so a seller's sale, quoted once to size it, is not quoted
     * again when it is submitted.
     */
    public void chainStill(boolean still) {
        this.still = still;
        soldNetuid = -1;
        stillSpell = still ? spells += 2 : -1;
    }

    public String preset() {
        return net.mechanism().name();
    }

    /** Whether a coldkey may not unstake on a subnet in the block it staked there (the same-block rate limit). */
    public boolean sameBlockRateLimit() {
        return net.mechanism().sameBlockRateLimit();
    }

    public int tempo() {
        return net.mechanism().tempo();
    }
}
