package io.dtaolab.chain;

import java.util.Arrays;
import java.util.List;

/**
 * Subnet lifecycle (dtao-mechanics.md §4): genesis state, registration with the doubling and linearly
 * decaying lock cost, the subnet limit with pruning of the lowest EMA price past immunity, and dissolution
 * paying alpha holders pro rata from the TAO reserve. The owner makes the start call as soon as the era's delay
 * allows (7 days until 2026-01-21, 0 since); new subnets register with emission on until 2026-06-23, off since.
 */
final class Lifecycle {
    /** Lock paid by the previous registration when the run starts (migrate_network_lock_cost_2500, 2025-10-07). */
    static final long INITIAL_LAST_LOCK_RAO = 1_250L * Rao.PER_TAO;

    private final Network net;
    private final Subnets s;
    private final Mechanism m;
    private long lastLockRao = INITIAL_LAST_LOCK_RAO;
    private long lastLockBlock;
    private long lastRegistrationBlock = Long.MIN_VALUE / 2;
    private long registrations;

    Lifecycle(Network net) {
        this.net = net;
        this.s = net.subnets;
        this.m = net.mech;
    }

    void genesis(SubnetSeed seed) {
        int n = seed.netuid();
        if (n <= 0 || n >= s.capacity) {
            throw new IllegalArgumentException("netuid " + n + " outside [1, " + (s.capacity - 1) + "]");
        }
        if (s.exists[n]) {
            throw new IllegalArgumentException("netuid " + n + " already exists");
        }
        net.ledger.allocate(seed.taoReserveRao());
        s.exists[n] = true;
        s.stable[n] = seed.stable();
        s.taoReserve[n] = seed.taoReserveRao();
        s.alphaIn[n] = seed.alphaReserveRao();
        s.alphaOut[n] = seed.alphaBurnedRao() + seed.protocolAlphaRao();
        s.alphaBurned[n] = seed.alphaBurnedRao();
        s.protocolAlpha[n] = seed.protocolAlphaRao();
        s.setQuoteWeight(n, PoolOps.HALF);
        s.setMovingPrice(n, MovingPrice.toBits(seed.stable() ? 1.0 : seed.emaPrice()));
        s.minerBurned[n] = seed.minerBurned();
        s.registeredBlock[n] = seed.registeredBlock();
        s.firstEmissionBlock[n] = seed.firstEmissionBlock();
        s.emissionEnabled[n] = seed.emissionEnabled();
        s.registrationAllowed[n] = true;
        s.ownerColdkey[n] = seed.ownerColdkey();
        s.ownerHotkey[n] = seed.ownerHotkey();
        s.lockPaid[n] = seed.lockPaidRao();
        s.lastEpochBlock[n] = net.block - (n % m.tempo());
        s.scheduleChanged();
    }

    long registrations() {
        return registrations;
    }

    long lockCost() {
        return LockCost.cost(lastLockRao, m.minLockRao(), m.lockReductionIntervalBlocks(), net.blockEmission(),
                net.block - lastLockBlock, true);
    }

    RegistrationResult register(int coldkey, int hotkey) {
        if (net.block - lastRegistrationBlock < m.networkRateLimitBlocks()) {
            throw new ChainException(ChainError.NetworkTxRateLimitExceeded,
                    "next registration at block " + (lastRegistrationBlock + m.networkRateLimitBlocks()));
        }
        if (net.accounts.owner(hotkey) != coldkey) {
            throw new ChainException(ChainError.NotSubnetOwner, "hotkey " + hotkey + " is not owned by coldkey " + coldkey);
        }
        long cost = lockCost();
        if (net.accounts.free(coldkey) < cost) {
            throw new ChainException(ChainError.NotEnoughBalance, "lock cost is " + cost + " RAO");
        }
        int count = net.netuids().length;
        int pruned = -1;
        int netuid;
        if (count >= m.subnetLimit() || count >= s.capacity - 1) {
            if (!m.pruning()) {
                throw new ChainException(ChainError.SubnetLimitReached);
            }
            pruned = pruneCandidate();
            if (pruned < 0) {
                throw new ChainException(ChainError.SubnetLimitReached, "every subnet is immune");
            }
            dissolve(pruned);
            netuid = pruned;
        } else {
            netuid = firstFree();
        }
        double medianPrice = medianSpot();
        net.accounts.debit(coldkey, cost);
        s.clear(netuid);
        s.exists[netuid] = true;
        long poolTao = m.lockStaysInPool() ? Math.max(cost, m.minLockRao()) : Math.min(cost, m.minLockRao());
        if (!m.lockStaysInPool()) {
            net.ledger.burned += cost - poolTao;
        }
        s.taoReserve[netuid] = poolTao;
        // floor(lock / median price) as the chain does, but never below the minimum reserve (only bites when the
        // median price exceeds lock / MinimumReserve, e.g. 1000 TAO per alpha for a 1 TAO lock)
        s.alphaIn[netuid] = Math.max(m.minimumReserveRao(),
                m.lockStaysInPool() ? (long) Math.floor(poolTao / medianPrice) : poolTao);
        s.setQuoteWeight(netuid, PoolOps.HALF);
        s.registeredBlock[netuid] = net.block;
        // the owner makes the start call as soon as the era allows; staking opens with it, emission a block later
        s.firstEmissionBlock[netuid] = net.block + m.startCallDelayBlocks() + 1;
        s.emissionEnabled[netuid] = m.emissionOnAtRegistration();
        s.registrationAllowed[netuid] = true;
        s.ownerColdkey[netuid] = coldkey;
        s.ownerHotkey[netuid] = hotkey;
        s.lockPaid[netuid] = cost;
        s.lastEpochBlock[netuid] = net.block;
        s.neurons[netuid] = new Neurons(new int[] {hotkey}, new boolean[] {true}, net.block);
        s.scheduleChanged();
        lastLockRao = cost;
        lastLockBlock = net.block;
        lastRegistrationBlock = net.block;
        registrations++;
        return new RegistrationResult(netuid, cost, pruned);
    }

    /** Lowest EMA price among subnets past immunity; ties go to the earliest registration. */
    int pruneCandidate() {
        int best = -1;
        for (int n = 1; n < s.capacity; n++) {
            if (!s.exists[n] || net.block - s.registeredBlock[n] < m.networkImmunityBlocks()) {
                continue;
            }
            if (best < 0 || s.ema[n] < s.ema[best]
                    || (s.ema[n] == s.ema[best] && s.registeredBlock[n] < s.registeredBlock[best])) {
                best = n;
            }
        }
        return best;
    }

    /**
     * Dissolution: every alpha position gets floor(pot·alpha/total) TAO to its coldkey, largest remainders
     * rounded up, where total = staked + protocol alpha (+ the pool's alpha for subnets whose lock stayed in
     * the pool). The protocol's share and dust are recycled.
     */
    void dissolve(int n) {
        long pot = s.taoReserve[n];
        List<long[]> positions = net.stakes.positions(n);
        // the pool's alpha counts only for subnets registered after the TAO-in refund deployment
        long total = s.protocolAlpha[n] + (s.registeredBlock[n] > m.poolAlphaRefundAfterBlock() ? s.alphaIn[n] : 0);
        for (long[] p : positions) {
            total += p[2];
        }
        long paid = 0;
        if (total > 0) {
            long[] share = new long[positions.size()];
            long[] remainder = new long[positions.size()];
            for (int i = 0; i < share.length; i++) {
                long alpha = positions.get(i)[2];
                share[i] = Rao.mulDiv(pot, alpha, total);
                remainder[i] = java.math.BigInteger.valueOf(pot).multiply(java.math.BigInteger.valueOf(alpha))
                        .mod(java.math.BigInteger.valueOf(total)).longValue();
                paid += share[i];
            }
            long stakedAlpha = positions.stream().mapToLong(p -> p[2]).sum();
            long holdersPot = Rao.mulDiv(pot, stakedAlpha, total);
            Integer[] order = new Integer[share.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(remainder[b], remainder[a]));
            for (int k = 0; k < order.length && paid < holdersPot; k++) {
                share[order[k]]++;
                paid++;
            }
            for (int i = 0; i < share.length; i++) {
                net.accounts.credit((int) positions.get(i)[0], share[i]);
            }
        }
        long refund = Math.min(legacyRefund(n), pot - paid - (total == 0 ? 0 : Rao.mulDiv(pot, s.protocolAlpha[n], total)));
        if (refund > 0 && s.ownerColdkey[n] >= 0) {
            net.accounts.credit(s.ownerColdkey[n], refund);
            paid += refund;
        }
        // the LP fee account (v3 and TaoFlow eras) holds TAO outside the reserves; the model has no LP positions
        // to refund it to, so it leaves circulation with the subnet
        net.ledger.recycled += pot - paid + s.pendingRootTao[n] + s.lpFeeTao[n];
        net.rootClaims.dissolve(n);
        net.stakes.clearSubnet(n);
        s.clear(n);
    }

    /**
     * Subnets registered before NetworkRegistrationStartBlock get their lock back less the TAO value of the owner's
     * estimated cut: max(0, lock − floor(floor(alpha issuance · owner cut) · spot)).
     */
    private long legacyRefund(int n) {
        if (s.registeredBlock[n] >= m.legacyRefundBeforeBlock() || s.lockPaid[n] <= 0) {
            return 0;
        }
        long ownerAlpha = (long) Math.floor(s.alphaIssuance(n) * m.ownerCut());
        long ownerTao = (long) Math.floor(ownerAlpha * net.pools.spot(n));
        return Math.max(0, s.lockPaid[n] - ownerTao);
    }

    private int firstFree() {
        for (int n = 1; n < s.capacity; n++) {
            if (!s.exists[n]) {
                return n;
            }
        }
        throw new ChainException(ChainError.SubnetLimitReached);
    }

    private double medianSpot() {
        double[] prices = Arrays.stream(net.netuids()).mapToDouble(net.pools::spot).filter(p -> p > 0).sorted().toArray();
        if (prices.length == 0) {
            return 1.0;
        }
        int mid = prices.length / 2;
        return prices.length % 2 == 1 ? prices[mid] : (prices[mid - 1] + prices[mid]) / 2;
    }
}
