package io.dtaolab.chain.pool;

/** Allocation-free unsigned 64×64→128 multiply and 128/64 divide for the FAST path. */
public final class Uint128 {
    private static final long DIGIT = 1L << 32;
    private static final long LOW32 = 0xFFFF_FFFFL;

    private Uint128() {
    }

    /** High 64 bits of the unsigned product a·b. */
    public static long mulHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /**
     * floor((hi·2^64 + lo) / d) for unsigned operands; requires hi < d (unsigned) so the quotient fits
     * in 64 bits. Two-digit long division in base 2^32 (Hacker's Delight, divlu).
     */
    public static long divide(long hi, long lo, long d) {
        if (hi == 0 && lo >= 0 && d > 0) {
            return lo / d;
        }
        int s = Long.numberOfLeadingZeros(d);
        long v = d << s;
        long vn1 = v >>> 32;
        long vn0 = v & LOW32;
        long un32 = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
        long un10 = lo << s;
        long un1 = un10 >>> 32;
        long un0 = un10 & LOW32;

        long q1 = Long.divideUnsigned(un32, vn1);
        long rhat = un32 - q1 * vn1;
        while (Long.compareUnsigned(q1, DIGIT) >= 0 || Long.compareUnsigned(q1 * vn0, DIGIT * rhat + un1) > 0) {
            q1--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, DIGIT) >= 0) {
                break;
            }
        }
        long un21 = un32 * DIGIT + un1 - q1 * v;
        long q0 = Long.divideUnsigned(un21, vn1);
        rhat = un21 - q0 * vn1;
        while (Long.compareUnsigned(q0, DIGIT) >= 0 || Long.compareUnsigned(q0 * vn0, DIGIT * rhat + un0) > 0) {
            q0--;
            rhat += vn1;
            if (Long.compareUnsigned(rhat, DIGIT) >= 0) {
                break;
            }
        }
        return q1 * DIGIT + q0;
    }
}
