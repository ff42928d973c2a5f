package io.dtaolab.chain;

import io.dtaolab.chain.Mechanism.EmaArithmetic;

/**
 * Subnet price EMA bit for bit, dtao-mechanics.md §2.4 ({@code update_moving_price}):
 * α = SubnetMovingAlpha·b/(b+h) (young-subnet ramp, from 2025-03-11), ema' = α·min(spot, 1) + (1 − α)·ema.
 * <p>
 * Values are I96F32 bit patterns in a {@code long} (32 fractional bits), as {@code SubnetMovingPrice} is stored
 * after every block. The update runs in the era's fixed-point type: every product and quotient truncates, to 32
 * fractional bits (I96F32, U96F32) or 64 (U64F64, whose α and products are kept as unsigned 64-bit fractions).
 * A long holds EMAs below 2^31 TAO per alpha; the chain caps the input at 1.
 */
public final class MovingPrice {
    public static final int FRACTION_BITS = 32;
    public static final long ONE = 1L << FRACTION_BITS;
    private static final double TWO_64 = 0x1p64;

    private MovingPrice() {
    }

    /** I96F32 bits of a decimal value (truncated, as a fixed-point conversion of a stored value). */
    public static long toBits(double value) {
        if (!(value > 0)) {
            return 0;
        }
        double scaled = Math.floor(value * ONE);
        return scaled >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) scaled;
    }

    public static double fromBits(long bits) {
        return bits / (double) ONE;
    }

    /** SubnetMovingAlpha as stored: {@code I96F32::saturating_from_num(f64)} rounds to the nearest bit. */
    public static long movingAlphaBits(double movingAlpha) {
        return Math.round(movingAlpha * ONE);
    }

    /**
     * The block's α in the era's arithmetic: a 32-bit fraction (I96F32/U96F32) or an unsigned 64-bit fraction
     * (U64F64). {@code blocksSinceStart} = block − (FirstEmissionBlockNumber − 1).
     */
    public static long alpha(EmaArithmetic arithmetic, long movingAlphaBits, long halvingBlocks, long blocksSinceStart,
                             boolean ramp) {
        boolean wide = arithmetic == EmaArithmetic.U64F64;
        if (!ramp || (halvingBlocks <= 0 && blocksSinceStart > 0)) { // b/(b + 0) = 1
            // U64F64 cannot hold α = 1 in a long: an α of 1 (a parameter, never the chain's) becomes 1 − 2^-64
            return wide ? (movingAlphaBits >= ONE ? -1L : movingAlphaBits << FRACTION_BITS) : movingAlphaBits;
        }
        long b = Math.max(0, blocksSinceStart);
        long d = b + halvingBlocks;
        if (b == 0 || d <= 0) {
            return 0;
        }
        if (d >= 1L << 31) {
            return wideRatioSlow(arithmetic, movingAlphaBits, b, d);
        }
        // b/(b+h) truncated to 32 fractional bits, then (for U64F64) 32 more. Each digit is estimated with a
        // reciprocal and corrected to the exact floor by its remainder (the block loop's form: EmaAlphas).
        double inverse = 1.0 / d;
        long hi = quotientDigit(b, d, inverse);
        if (!wide) {
            return mulShift32(movingAlphaBits, hi);
        }
        long lo = quotientDigit((b << 32) - hi * d, d, inverse);
        // (ma·2^32 as U64F64) × ratio, truncated: ma·ratio / 2^32 with a 128-bit product
        return mulShift32Unsigned(movingAlphaBits, hi << 32 | lo);
    }

    /** floor(r·2^32 / d) for 0 ≤ r < d < 2^31 ({@code inverse} ≈ 1/d). */
    private static long quotientDigit(long r, long d, double inverse) {
        long q = (long) (r * 0x1p32 * inverse);
        long rem = (r << 32) - q * d;
        while (rem < 0) {
            q--;
            rem += d;
        }
        while (rem >= d) {
            q++;
            rem -= d;
        }
        return q;
    }

    /**
     * One update: the I96F32 bits stored after the block, from the stored bits, the spot price and the block's α
     * (from {@link #alpha}). The spot is converted to the era's fixed point by truncation.
     */
    public static long next(EmaArithmetic arithmetic, long emaBits, double spot, long alpha, boolean spotCap) {
        double input = spotCap ? Math.min(spot, 1.0) : spot;
        if (arithmetic != EmaArithmetic.U64F64) {
            long price = toBits(input);
            // α·p + (1 − α)·ema with (1 − α)·ema = ema − ceil(α·ema): each product truncated to 32 bits
            return mulShift32(alpha, price) + emaBits - ceilShift32(alpha, emaBits);
        }
        if (alpha < 0 || alpha >= 1L << 52 || emaBits >= 1L << 40 || input >= 256) {
            return WideEma.next(emaBits, input, alpha);
        }
        // U64F64: q = α·p (64-bit fractions), moving = ema·2^32 − ceil(α·ema / 2^32); stored = floor(sum / 2^32)
        long q = input >= 1.0 ? mulWhole(alpha, input) : unsignedMultiplyHigh(alpha, toUnsigned64(input));
        long c = ceilShift32(alpha, emaBits);
        return emaBits + ((q - c) >> FRACTION_BITS);
    }

    /** floor(a·b / 2^32) for non-negative a, b whose result fits a long. */
    static long mulShift32(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi << 32 | lo >>> 32;
    }

    /** ceil(a·b / 2^32) for non-negative a, b. */
    static long ceilShift32(long a, long b) {
        long lo = a * b;
        // + 1 unless the low 32 bits are 0, without a branch: a branch the profile never saw taken would make the
        // JIT throw away and recompile the whole coinbase the first time an exact product comes along
        return mulShift32(a, b) + (((lo & 0xFFFF_FFFFL) + 0xFFFF_FFFFL) >>> 32);
    }

    /** floor(a·u / 2^32) where u is an unsigned 64-bit value and a ≥ 0. */
    private static long mulShift32Unsigned(long a, long u) {
        long hi = unsignedMultiplyHigh(a, u);
        long lo = a * u;
        return hi << 32 | lo >>> 32;
    }

    static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** floor(x·2^64) of 0 ≤ x < 1 as an unsigned 64-bit value. */
    private static long toUnsigned64(double x) {
        double v = x * TWO_64;
        return v < 0x1p63 ? (long) v : (long) (v - 0x1p63) ^ Long.MIN_VALUE;
    }

    /** α·p for a whole-number-plus-fraction p ≥ 1 (uncapped spot), truncated to 64 fractional bits. */
    private static long mulWhole(long alpha, double p) {
        long whole = (long) p;
        return alpha * whole + unsignedMultiplyHigh(alpha, toUnsigned64(p - whole));
    }

    private static long wideRatioSlow(EmaArithmetic arithmetic, long ma, long b, long d) {
        java.math.BigInteger bb = java.math.BigInteger.valueOf(b);
        java.math.BigInteger dd = java.math.BigInteger.valueOf(d);
        int bits = arithmetic == EmaArithmetic.U64F64 ? 64 : 32;
        java.math.BigInteger ratio = bb.shiftLeft(bits).divide(dd);
        java.math.BigInteger maWide = java.math.BigInteger.valueOf(ma).shiftLeft(bits - 32);
        return maWide.multiply(ratio).shiftRight(bits).longValue();
    }

    /** Exact U64F64 arithmetic outside the fast path's range (α ≥ 2^-12, EMA ≥ 256 TAO, uncapped spot ≥ 256). */
    private static final class WideEma {
        static long next(long emaBits, double input, long alpha) {
            java.math.BigInteger two64 = java.math.BigInteger.ONE.shiftLeft(64);
            java.math.BigInteger a = new java.math.BigInteger(Long.toUnsignedString(alpha));
            java.math.BigInteger p = new java.math.BigDecimal(input).multiply(new java.math.BigDecimal(two64))
                    .toBigInteger();
            java.math.BigInteger q = a.multiply(p).shiftRight(64);
            java.math.BigInteger moving = two64.subtract(a).multiply(java.math.BigInteger.valueOf(emaBits).shiftLeft(32))
                    .shiftRight(64);
            java.math.BigInteger stored = q.add(moving).shiftRight(32);
            return stored.bitLength() >= 63 ? Long.MAX_VALUE : stored.longValue();
        }
    }
}
