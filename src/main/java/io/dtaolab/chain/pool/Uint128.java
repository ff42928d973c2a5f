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
        if (d > 0 && hi >= 0 && hi < d) {
            long q = estimated(hi, lo, d);
            if (q >= 0) {
                return q;
            }
        }
        return longDivision(hi, lo, d);
    }

    /**
     * floor((hi·2^64 + lo) / d) for 0 ≤ hi < d < 2^63 from a double estimate corrected once, accepted only if the
     * exact 128-bit remainder hi:lo − q·d lands in [0, d), which makes q the floor quotient whatever the rounding
     * of the estimate; -1 if it does not settle (quotient ≥ 2^62 or an estimate too far off), then the caller divides
     * digit by digit. One floating division instead of two 64-bit integer ones: a stake read
     * ({@code Rao.mulDiv}) costs about a third as much.
     */
    static long estimated(long hi, long lo, long d) {
        double inv = 1.0 / d;
        double qd = (hi * 0x1p64 + unsigned(lo)) * inv;
        if (qd < 0x1p48 && d < 1L << 62) {
            // the dividend rounded (at most three roundings), 1/d rounded, the product rounded: the estimate is off by
            // under 5·2^-53 of the quotient, below 2^-4 when it is below 2^48, so its truncation is the floor or one
            // off, and the remainder hi:lo − q·d is in (−d, 2d): its low 64 bits are it
            long q = (long) qd;
            long r = lo - q * d;
            return r < 0 ? q - 1 : r >= d ? q + 1 : q;
        }
        if (!(qd < 0x1p62)) {
            return -1;
        }
        long q = (long) qd;
        // r = hi:lo − q·d, exact in signed 128 bits (|r| < 2^127 since both terms are below it)
        long pl = q * d;
        long rl = lo - pl;
        long rh = hi - Math.multiplyHigh(q, d) - (Long.compareUnsigned(lo, pl) < 0 ? 1 : 0);
        // the estimate's error is a few parts in 2^52 of q: one more estimated step on the remainder
        double rd = rh == (rl >> 63) ? (double) rl : rh * 0x1p64 + unsigned(rl);
        long c = (long) (rd * inv);
        q += c;
        long cl = c * d;
        long rl2 = rl - cl;
        rh = rh - Math.multiplyHigh(c, d) - (Long.compareUnsigned(rl, cl) < 0 ? 1 : 0);
        rl = rl2;
        if (rh < 0) {
            q--;
            long s = rl + d;
            rh += Long.compareUnsigned(s, rl) < 0 ? 1 : 0;
            rl = s;
        } else if (rh == 0 && Long.compareUnsigned(rl, d) >= 0) {
            q++;
            rl -= d;
        }
        return rh == 0 && Long.compareUnsigned(rl, d) < 0 && q >= 0 ? q : -1;
    }

    private static double unsigned(long x) {
        return x >= 0 ? (double) x : (double) (x >>> 1) * 2.0 + (x & 1);
    }

    /** The same quotient by two-digit long division in base 2^32 (every operand range). */
    static long longDivision(long hi, long lo, long d) {
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
