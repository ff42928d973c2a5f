package io.dtaolab.chain.epoch;

/** The alpha a subnet accumulated since its last epoch (dtao-mechanics.md §2.6), drained at the epoch. */
public record PendingEmission(long serverRao, long validatorRao, long rootRao, long ownerCutRao) {
    public PendingEmission {
        if (serverRao < 0 || validatorRao < 0 || rootRao < 0 || ownerCutRao < 0) {
            throw new IllegalArgumentException("pending amounts must be ≥ 0");
        }
    }

    /** What the epoch distributes through Yuma: server + validator + root (the owner cut goes to the owner). */
    public long epochRao() {
        return Math.addExact(Math.addExact(serverRao, validatorRao), rootRao);
    }

    public long totalRao() {
        return Math.addExact(epochRao(), ownerCutRao);
    }
}
