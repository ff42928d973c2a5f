package io.dtaolab.chain;

/**
 * Subnet registration lock cost, dtao-mechanics.md §4:
 * cost = max(min_lock, mult·L_last − floor(L_last / interval_eff)·blocks), interval_eff = floor(interval·E/1e9).
 */
public final class LockCost {
    private LockCost() {
    }

    public static long cost(long lastLockRao, long minLockRao, long reductionIntervalBlocks, long blockEmissionRao,
                            long blocksSinceLastLock, boolean everRegistered) {
        long mult = everRegistered ? 2 : 1;
        long intervalEff = Rao.mulDiv(reductionIntervalBlocks, blockEmissionRao, Rao.PER_TAO);
        long decayPerBlock = intervalEff == 0 ? lastLockRao : lastLockRao / intervalEff;
        long start = Rao.saturatingMul(mult, lastLockRao);
        long decay = Rao.saturatingMul(decayPerBlock, Math.max(0, blocksSinceLastLock));
        long cost = decay >= start ? 0 : start - decay;
        return Math.max(minLockRao, cost);
    }
}
