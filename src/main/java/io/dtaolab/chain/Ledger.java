package io.dtaolab.chain;

/**
 * TAO that left the modelled balances, and TAO held by accounts the model does not simulate. With these the
 * identity of DESIGN.md §2 closes exactly: Σ free + Σ reserves (incl. root stake) + pending root TAO + LP fee
 * accounts + outside + burned + recycled = initial issuance + minted.
 * <p>
 * Separately it keeps the chain's own {@code TotalIssuance} counter, which starts at the era's issuance (so the
 * block emission follows the era's halving schedule) and counts what the chain counted: the v3 subsidy swap
 * minted TAO that it never added (§2.5).
 */
public final class Ledger {
    private final long initialIssuance;
    long outside;
    long minted;
    long recycled;
    long burned;
    long authorFeesTao;
    /** TotalIssuance when the run started (the era's), and minted TAO the chain did not count in it. */
    private final long eraIssuance;
    long mintedUncounted;

    Ledger(long initialIssuanceRao, long eraIssuanceRao) {
        this.initialIssuance = initialIssuanceRao;
        this.outside = initialIssuanceRao;
        this.eraIssuance = eraIssuanceRao;
    }

    /** TAO the chain created without counting it in TotalIssuance (v3 subsidy swaps). */
    void mintUncounted(long rao) {
        minted += rao;
        mintedUncounted += rao;
    }

    /** Moves TAO from unmodelled holders into the model (opening balances, genesis reserves). */
    void allocate(long rao) {
        if (rao < 0 || rao > outside) {
            throw new IllegalArgumentException("genesis allocation of " + rao + " RAO exceeds the unallocated issuance "
                    + outside + " RAO; raise the network's initial issuance");
        }
        outside -= rao;
    }

    /** TotalIssuance as the chain counts it: recycling lowers it, burning does not. Drives the block emission. */
    public long issuance() {
        return eraIssuance + minted - mintedUncounted - recycled;
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
