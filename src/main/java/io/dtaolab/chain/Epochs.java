package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.EpochSchedule;
import io.dtaolab.chain.epoch.CacheWarm;
import io.dtaolab.chain.epoch.EpochPayout;
import io.dtaolab.chain.epoch.PendingEmission;
import io.dtaolab.chain.epoch.YumaEpoch;
import io.dtaolab.chain.epoch.YumaInputs;
import io.dtaolab.chain.epoch.YumaParams;
import io.dtaolab.chain.epoch.YumaState;

/**
 * Epoch scheduling and pending-emission drain (dtao-mechanics.md §2.7–2.8): runs Yuma on the subnet's
 * neurons with stake as of the end of the previous block, then applies the payout to the ledger: owner cut,
 * miner incentive (owner-owned miners burned), alpha dividends into hotkey pools, validator take, and root
 * dividends credited as claimable to the hotkey's root stakers ({@link RootClaims}).
 */
final class Epochs {
    /** ActivityCutoffFactorMilli default 13_889: 5000 blocks at tempo 360. */
    private static final double ACTIVITY_CUTOFF_PER_TEMPO = 13.889;
    private static final int MAX_EPOCHS_PER_BLOCK = 2;

    private final Network net;
    private final Subnets s;
    private final YumaParams params;
    private long countedBlock = -1;
    private int epochsThisBlock;
    /**
     * Under the last-epoch schedule: no subnet is due before this block, as of {@link Subnets#scheduleChanges} =
     * {@link #scheduleSeen}. Most blocks run no epoch, and then {@link #runDue} need not look at every subnet.
     */
    private long nextDue = Long.MIN_VALUE;
    private long scheduleSeen = -1;
    /** What {@link Slot#warm} read, kept only so the reads are not optimised away. */
    private long warmed;

    Epochs(Network net) {
        this.net = net;
        this.s = net.subnets;
        this.params = YumaParams.of(net.mech, net.mech.stakeThresholdRao());
    }

    /** Per-subnet epoch working state, allocated once when the neurons are set. */
    static final class Slot {
        final YumaState state;
        final YumaInputs inputs;
        final long[] alphaStake;
        final long[] rootStake;
        final double[] take;
        final boolean[] ownerOwned;
        /** By uid: {@link Neurons#weightWrites} when its row was last copied into {@link #inputs} (−1: never). */
        final int[] copiedWeightWrites;

        Slot(int n) {
            state = new YumaState(n);
            inputs = new YumaInputs(n);
            alphaStake = new long[n];
            rootStake = new long[n];
            take = new double[n];
            ownerOwned = new boolean[n];
            copiedWeightWrites = new int[n];
            java.util.Arrays.fill(copiedWeightWrites, -1);
        }

        /** {@link CacheWarm} for all of the slot. */
        long warm() {
            return state.warm() + inputs.warm() + CacheWarm.of(alphaStake) + CacheWarm.of(rootStake) + CacheWarm.of(take)
                    + CacheWarm.of(ownerOwned) + CacheWarm.of(copiedWeightWrites);
        }
    }

    /**
     * The epochs of every subnet with neurons that are due this block, in netuid order. Under the last-epoch
     * schedule a subnet whose tempo has not passed is skipped here, in the loop, as {@link #isDue} would find it.
     */
    void runDue() {
        if (net.mech.epochSchedule() == EpochSchedule.STAGGERED) {
            runStaggered();
            return;
        }
        long block = net.block;
        long changes = s.scheduleChanges;
        if (block < nextDue && changes == scheduleSeen) {
            return; // every subnet's block − LastEpochBlock is below its tempo, as the loop below would find
        }
        int cap = s.capacity;
        int defaultTempo = net.mech.tempo();
        long earliest = Long.MAX_VALUE;
        for (int n = 1; n < cap; n++) {
            if (s.exists[n] && s.neurons[n] != null) {
                int tempo = s.tempo[n] > 0 ? s.tempo[n] : defaultTempo;
                if (block - s.lastEpochBlock[n] >= tempo) {
                    runIfDue(n);
                }
                earliest = Math.min(earliest, s.lastEpochBlock[n] + tempo);
            }
        }
        // an epoch that changed the schedule otherwise (none does) would leave the next block to look again
        nextDue = s.scheduleChanges == changes ? earliest : Long.MIN_VALUE;
        scheduleSeen = changes;
    }

    private void runStaggered() {
        int cap = s.capacity;
        for (int n = 1; n < cap; n++) {
            if (s.exists[n] && s.neurons[n] != null) {
                runIfDue(n);
            }
        }
    }

    private void runIfDue(int n) {
        if (!isDue(n)) {
            return;
        }
        s.lastEpochBlock[n] = net.block;
        distribute(n);
    }

    private boolean isDue(int n) {
        int tempo = s.tempo[n] > 0 ? s.tempo[n] : net.mech.tempo();
        if (net.mech.epochSchedule() == EpochSchedule.STAGGERED) {
            return (net.block + n + 1) % (tempo + 1) == 0;
        }
        if (net.block - s.lastEpochBlock[n] < tempo) {
            return false;
        }
        if (countedBlock != net.block) {
            countedBlock = net.block;
            epochsThisBlock = 0;
        }
        // at most two epochs per block; the rest wait a block
        return epochsThisBlock++ < MAX_EPOCHS_PER_BLOCK;
    }

    private void distribute(int n) {
        Neurons ns = s.neurons[n];
        Slot slot = ns.epochState();
        if (slot == null) {
            slot = new Slot(ns.size());
            ns.epochState(slot);
        }
        // the subnet's epoch arrays were last read a tempo ago: start all their cache misses at once
        warmed = slot.warm() + ns.warm();
        PendingEmission pending = new PendingEmission(s.pendingServer[n], s.pendingValidator[n],
                s.pendingRootAlpha[n], s.pendingOwnerCut[n]);
        s.pendingServer[n] = 0;
        s.pendingValidator[n] = 0;
        s.pendingRootAlpha[n] = 0;
        s.pendingOwnerCut[n] = 0;
        int size = ns.size();
        int tempo = s.tempo[n] > 0 ? s.tempo[n] : net.mech.tempo();
        long cutoff = (long) (ACTIVITY_CUTOFF_PER_TEMPO * tempo);
        int owner = s.ownerColdkey[n];
        double[][] w = ns.weightMatrix();
        long[] lastUpdate = ns.lastUpdates();
        for (int uid = 0; uid < size; uid++) {
            int hk = ns.hotkey(uid);
            slot.alphaStake[uid] = net.stakes.hotkeyStake(hk, n);
            slot.rootStake[uid] = net.stakes.hotkeyStake(hk, 0);
            slot.inputs.setStake(uid, slot.alphaStake[uid], slot.rootStake[uid]);
            slot.inputs.setActive(uid, lastUpdate[uid] > 0 && net.block - lastUpdate[uid] <= cutoff);
            if (ns.isValidator(uid)) {
                int writes = ns.weightWrites(uid);
                if (slot.copiedWeightWrites[uid] != writes) { // most rows are as at the last epoch
                    slot.inputs.setWeights(uid, w[uid]);
                    slot.copiedWeightWrites[uid] = writes;
                }
                slot.inputs.setWeightSetBlock(uid, lastUpdate[uid]);
            } else {
                slot.inputs.clearWeights(uid);
            }
            slot.inputs.setRegistrationBlock(uid, ns.registeredBlock(uid));
            slot.take[uid] = net.mech.validatorTake();
            slot.ownerOwned[uid] = owner >= 0 && net.accounts.owner(hk) == owner;
        }
        YumaEpoch.run(params, slot.inputs, slot.state, net.block);
        EpochPayout.Payout p = EpochPayout.distribute(slot.state, pending, slot.alphaStake, slot.rootStake,
                net.mech.taoWeight(), slot.take, slot.ownerOwned);
        apply(n, ns, p);
        payPendingRootTao(n, ns, slot);
    }

    private void apply(int n, Neurons ns, EpochPayout.Payout p) {
        long recycle = p.undistributedRao();
        if (p.ownerCutRao() > 0) {
            if (s.ownerHotkey[n] >= 0) {
                net.stakes.deposit(s.ownerColdkey[n], s.ownerHotkey[n], n, p.ownerCutRao());
            } else {
                recycle += p.ownerCutRao();
            }
        }
        s.alphaBurned[n] += p.burnedIncentiveRao();
        s.minerBurned[n] = p.minerBurned();
        for (int uid = 0; uid < ns.size(); uid++) {
            int hk = ns.hotkey(uid);
            int hkOwner = net.accounts.owner(hk);
            net.stakes.deposit(hkOwner, hk, n, p.minerIncentiveRao()[uid]);
            long div = p.alphaDividendRao()[uid];
            if (div > 0 && !net.stakes.distribute(hk, n, div)) {
                net.stakes.deposit(hkOwner, hk, n, div);
            }
            net.stakes.deposit(hkOwner, hk, n, p.alphaTakeRao()[uid] + p.rootTakeRao()[uid]);
            net.rootClaims.credit(n, hk, p.rootDividendRao()[uid]);
        }
        s.alphaOut[n] -= recycle;
    }

    private void addRootStake(int hotkey, int hotkeyOwner, long tao) {
        if (tao <= 0) {
            return;
        }
        s.taoReserve[0] += tao;
        if (!net.stakes.distribute(hotkey, 0, tao)) {
            net.stakes.deposit(hotkeyOwner, hotkey, 0, tao);
        }
    }

    /** Launch era: TAO from the per-block root sells goes to root stakers of the subnet's validators. */
    private void payPendingRootTao(int n, Neurons ns, Slot slot) {
        long tao = s.pendingRootTao[n];
        if (tao == 0) {
            return;
        }
        s.pendingRootTao[n] = 0;
        double tw = net.mech.taoWeight();
        double[] weight = new double[ns.size()];
        double sum = 0;
        for (int uid = 0; uid < ns.size(); uid++) {
            double a = slot.alphaStake[uid];
            double r = tw * slot.rootStake[uid];
            weight[uid] = a + r == 0 ? 0 : slot.state.dividend(uid) * r / (a + r);
            sum += weight[uid];
        }
        long paid = 0;
        if (sum > 0) {
            for (int uid = 0; uid < ns.size(); uid++) {
                long part = (long) Math.floor(tao * (weight[uid] / sum));
                if (part > 0 && paid + part <= tao) {
                    int hk = ns.hotkey(uid);
                    addRootStake(hk, net.accounts.owner(hk), part);
                    paid += part;
                }
            }
        }
        net.ledger.recycled += tao - paid;
    }
}
