package io.dtaolab.chain;

/**
 * TAO that left the modelled balances, and TAO held by accounts the model does not simulate. With these the
 * identity of DESIGN.md §2 closes exactly: Σ free + Σ reserves (incl. root stake) + pending root TAO + outside
 * + burned + recycled + author fees kept outside accounts = initial issuance + minted.
 */
public final class Ledger {
    private final long initialIssuance;
    long outside;
    long minted;
    long recycled;
    long burned;
    long authorFeesTao;

    Ledger(long initialIssuanceRao) {
        this.initialIssuance = initialIssuanceRao;
        this.outside = initialIssuanceRao;
    }

    /** Moves TAO from unmodelled holders into the model (opening balances, genesis reserves). */
    void allocate(long rao) {
        if (rao < 0 || rao > outside) {
            throw new IllegalArgumentException("genesis allocation of " + rao + " RAO exceeds the unallocated issuance "
                    + outside + " RAO; raise the network's initial issuance");
        }
        outside -= rao;
    }

    /** TotalIssuance as the chain counts it: recycling lowers it, burning does not. */
    public long issuance() {
        return initialIssuance + minted - recycled;
    }

    public long initialIssuance() {
        return initialIssuance;
    }

    public long minted() {
        return minted;
    }

    public long recycled() {
        return recycled;
    }

    public long burned() {
        return burned;
    }

    public long authorFees() {
        return authorFeesTao;
    }

    public long outside() {
        return outside;
    }
}
