package io.dtaolab.chain;

/**
 * TAO (and per-subnet alpha) block emission from issuance, dtao-mechanics.md §2.2:
 * E = floor(1e9 / 2^k), k = floor(log2(1 / (1 − I / 21e15))), 0 from 21e15 on.
 * k is found with integer comparisons ((21e15 − I)·2^k ≤ 21e15), which equals the chain's I96F32 log2
 * everywhere except within 2^-32 of an exact halving boundary.
 */
public final class BlockEmission {
    public static final long MAX_SUPPLY_RAO = 21_000_000L * Rao.PER_TAO;
    public static final long BASE_EMISSION_RAO = Rao.PER_TAO;

    private BlockEmission() {
    }

    public static long forIssuance(long issuanceRao) {
        if (issuanceRao >= MAX_SUPPLY_RAO) {
            return 0;
        }
        int k = halvings(issuanceRao);
        return k >= 63 ? 0 : BASE_EMISSION_RAO >> k;
    }

    /** Number of halvings at this issuance. */
    public static int halvings(long issuanceRao) {
        long remaining = MAX_SUPPLY_RAO - Math.max(0, issuanceRao);
        int k = 0;
        while (k < 62 && remaining <= (MAX_SUPPLY_RAO >> (k + 1))) {
            k++;
        }
        return k;
    }

    /**
     * Lowest issuance at which the emission drops below the given one; lets callers cache the emission
     * and recompute only when issuance crosses the next halving.
     */
    public static long nextHalvingIssuance(long issuanceRao) {
        int k = halvings(issuanceRao);
        // smallest I with (21e15 − I)·2^(k+1) ≤ 21e15  ⇔  I ≥ 21e15 − floor(21e15 / 2^(k+1))
        return MAX_SUPPLY_RAO - (MAX_SUPPLY_RAO >> (k + 1));
    }

    /** Lowest issuance with the same number of halvings as this one. */
    public static long currentHalvingIssuance(long issuanceRao) {
        int k = halvings(issuanceRao);
        return k == 0 ? Long.MIN_VALUE : MAX_SUPPLY_RAO - (MAX_SUPPLY_RAO >> k);
    }
}
