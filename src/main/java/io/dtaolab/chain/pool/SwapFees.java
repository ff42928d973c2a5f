package io.dtaolab.chain.pool;

/**
 * Swap fees as the chain computes them in U64F64: the rate r/65535 is first truncated to 64 fractional
 * bits, so amount·r multiples of 65535 come out one RAO low (65535 RAO at rate 33 → 32).
 */
public final class SwapFees {
    private SwapFees() {
    }

    /** floor(amount · U64F64(r/65535)). */
    public static long onAmount(long amount, int feeRateU16) {
        if (feeRateU16 == 0) {
            return 0;
        }
        long rate = Uint128.divide(feeRateU16, 0, 65_535L);
        return Uint128.mulHigh(amount, rate);
    }

    /** Fee on the executed part when the limit is hit: floor(Δin · U64F64(r/(65535 − r))). */
    public static long onLimitedPart(long deltaIn, int feeRateU16) {
        if (feeRateU16 == 0) {
            return 0;
        }
        long rate = Uint128.divide(feeRateU16, 0, 65_535L - feeRateU16);
        return Uint128.mulHigh(deltaIn, rate);
    }
}
