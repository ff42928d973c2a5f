/*
 * log1p and expm1 follow fdlibm 5.3 (s_log1p.c, s_expm1.c), the library behind java.lang.StrictMath:
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
package io.dtaolab.chain.pool;

/**
 * {@code StrictMath.log1p} and {@code StrictMath.expm1} in Java: the same fdlibm operations in the same order, so
 * the same bits (FdlibmEquivalenceTest compares them on tens of millions of arguments). On Java 17 StrictMath
 * reaches these two through a native call, which cost a swap more than the rest of its arithmetic.
 */
final class Fdlibm {
    private static final double LN2_HI = 6.93147180369123816490e-01;  // 3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10;  // 3dea39ef 35793c76
    private static final double TWO54 = 1.80143985094819840000e+16;   // 43500000 00000000
    private static final double LP1 = 6.666666666666735130e-01;       // 3FE55555 55555593
    private static final double LP2 = 3.999999999940941908e-01;       // 3FD99999 9997FA04
    private static final double LP3 = 2.857142874366239149e-01;       // 3FD24924 94229359
    private static final double LP4 = 2.222219843214978396e-01;       // 3FCC71C5 1D8E78AF
    private static final double LP5 = 1.818357216161805012e-01;       // 3FC74664 96CB03DE
    private static final double LP6 = 1.531383769920937332e-01;       // 3FC39A09 D078C69F
    private static final double LP7 = 1.479819860511658591e-01;       // 3FC2F112 DF3E5244

    private static final double HUGE = 1.0e+300;
    private static final double TINY = 1.0e-300;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02; // 40862E42 FEFA39EF
    private static final double INVLN2 = 1.44269504088896338700e+00;      // 3ff71547 652b82fe
    private static final double Q1 = -3.33333333333331316428e-02;        // BFA11111 111110F4
    private static final double Q2 = 1.58730158725481460165e-03;         // 3F5A01A0 19FE5585
    private static final double Q3 = -7.93650757867487942473e-05;        // BF14CE19 9EAADBB7
    private static final double Q4 = 4.00821782732936239552e-06;         // 3ED0CFCA 86E65239
    private static final double Q5 = -2.01099218183624371326e-07;        // BE8AFDB7 6E09C32D

    private Fdlibm() {
    }

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static double withHi(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xFFFF_FFFFL));
    }

    // Swaps call both with small arguments: log1p with 2^-29 <= x < 0.41422, where fdlibm takes k = 0, f = x, and
    // expm1 with 2^-54 <= |x| <= 0.5·ln2, where it takes k = 0. These paths are written out a second time (the same
    // operations in the same order) in methods small enough for the JIT to inline into the swap.

    /** Whether log1p takes its fast path for x (2^-29 <= x < 0.41422: k = 0, f = x). */
    static boolean log1pFastPath(double x) {
        int hx = hi(x);
        return hx >= 0x3e200000 && hx < 0x3FDA827A;
    }

    /** Whether log1p returns x − x·x·0.5 for x (2^-54 <= |x| < 2^-29). */
    static boolean log1pTinyPath(double x) {
        int ax = hi(x) & 0x7fffffff;
        return ax < 0x3e200000 && ax >= 0x3c900000;
    }

    /** Whether expm1 takes its fast path for x (2^-54 <= |x| <= 0.5·ln2: k = 0). */
    static boolean expm1FastPath(double x) {
        int ax = hi(x) & 0x7fffffff;
        return ax <= 0x3fd62e42 && ax >= 0x3c900000;
    }

    static double log1p(double x) {
        if (log1pFastPath(x)) {
            double f = x;
            double hfsq = 0.5 * f * f;
            double s = f / (2.0 + f);
            double z = s * s;
            double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
            return f - (hfsq - s * (hfsq + r));
        }
        return log1pAnyRange(x);
    }

    static double expm1(double x) {
        if (expm1FastPath(x)) {
            double hfx = 0.5 * x;
            double hxs = x * hfx;
            double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
            double t = 3.0 - r1 * hfx;
            double e = hxs * ((r1 - t) / (6.0 - x * t));
            return x - (x * e - hxs);
        }
        return expm1AnyRange(x);
    }

    private static double log1pAnyRange(double x) {
        double hfsq;
        double f = 0;
        double c = 0;
        double s;
        double z;
        double r;
        double u;
        int k;
        int hx;
        int hu = 0;
        int ax;

        hx = hi(x);
        ax = hx & 0x7fffffff;

        k = 1;
        if (hx < 0x3FDA827A) {                          // x < 0.41422
            if (ax >= 0x3ff00000) {                     // x <= -1.0: -inf or NaN, left to StrictMath
                return StrictMath.log1p(x);
            }
            if (ax < 0x3e200000) {                      // |x| < 2^-29
                if (TWO54 + x > 0 && ax < 0x3c900000) { // |x| < 2^-54
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {            // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) {                         // +inf, NaN
            return StrictMath.log1p(x);
        }
        if (k != 0) {
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0); // correction term
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);         // normalize u
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);         // normalize u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        hfsq = 0.5 * f * f;
        if (hu == 0) {                                  // |f| < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        s = f / (2.0 + f);
        z = s * s;
        r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    private static double expm1AnyRange(double x) {
        double y;
        double hi;
        double lo;
        double c = 0;
        double t;
        double e;
        double hxs;
        double hfx;
        double r1;
        int k;
        int xsb;
        int hx;

        hx = hi(x);
        xsb = hx & 0x80000000;                          // sign bit of x
        y = xsb == 0 ? x : -x;                          // |x|
        hx &= 0x7fffffff;                               // high word of |x|

        // huge and non-finite arguments
        if (hx >= 0x4043687A) {                         // |x| >= 56·ln2
            if (hx >= 0x40862E42) {                     // |x| >= 709.78...
                if (hx >= 0x7ff00000 || x > O_THRESHOLD) { // NaN, ±inf, overflow: left to StrictMath
                    return StrictMath.expm1(x);
                }
            }
            if (xsb != 0) {                             // x < −56·ln2: −1
                if (x + TINY < 0.0) {
                    return TINY - 1.0;
                }
            }
        }

        // argument reduction
        if (hx > 0x3fd62e42) {                          // |x| > 0.5·ln2
            if (hx < 0x3FF0A2B2) {                      // and |x| < 1.5·ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
                t = k;
                hi = x - t * LN2_HI;                    // t·ln2_hi is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {                   // |x| < 2^-54: x
            t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        // x is now in the primary range
        hfx = 0.5 * x;
        hxs = x * hfx;
        r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        t = 3.0 - r1 * hfx;
        e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);                   // c is 0
        }
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {                        // exp(x) − 1 suffices
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));           // add k to y's exponent
            return y - 1.0;
        }
        if (k < 20) {
            t = withHi(1.0, 0x3ff00000 - (0x200000 >> k)); // t = 1 − 2^-k
            y = t - (e - x);
            y = withHi(y, hi(y) + (k << 20));
        } else {
            t = withHi(1.0, (0x3ff - k) << 20);         // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = withHi(y, hi(y) + (k << 20));
        }
        return y;
    }
}
