package io.dtaolab.chain.pool;

/**
 * Swap fees as the chain computes them in U64F64: the rate r/65535 is first truncated to 64 fractional
 * bits, so amount·r multiples of 65535 come out one RAO low (65535 RAO at rate 33 → 32).
 */
public final class SwapFees {
    /**
     * U64F64(r/65535) and U64F64(r/(65535 − r)) for every 16-bit rate r, computed once: every swap reads its
     * subnet's rate here instead of dividing 128 by 64 bits (that division was ~8 % of a mainnet-scale run).
     */
    private static final long[] RATE = new long[65_536];
    private static final long[] LIMITED_RATE = new long[65_536];

    static {
        for (int r = 1; r < 65_536; r++) {
            RATE[r] = Uint128.divide(r, 0, 65_535L);
            LIMITED_RATE[r] = r < 65_535 ? Uint128.divide(r, 0, 65_535L - r) : 0;
        }
    }

    private SwapFees() {
    }

    /** floor(amount · U64F64(r/65535)). */
    public static long onAmount(long amount, int feeRateU16) {
        if (feeRateU16 == 0) {
            return 0;
        }
        long rate = feeRateU16 > 0 && feeRateU16 < 65_536 ? RATE[feeRateU16] : Uint128.divide(feeRateU16, 0, 65_535L);
        return Uint128.mulHigh(amount, rate);
    }

    /** Fee on the executed part when the limit is hit: floor(Δin · U64F64(r/(65535 − r))). */
    public static long onLimitedPart(long deltaIn, int feeRateU16) {
        if (feeRateU16 == 0) {
            return 0;
        }
        long rate = feeRateU16 > 0 && feeRateU16 < 65_535 ? LIMITED_RATE[feeRateU16]
                : Uint128.divide(feeRateU16, 0, 65_535L - feeRateU16);
        return Uint128.mulHigh(deltaIn, rate);
    }
}
