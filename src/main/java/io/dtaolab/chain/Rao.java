package io.dtaolab.chain;

import io.dtaolab.chain.pool.Uint128;
import java.math.BigInteger;

/** Integer money helpers. 1 TAO = 1e9 RAO; alpha has 9 decimals too. All results floor like the chain. */
public final class Rao {
    public static final long PER_TAO = 1_000_000_000L;
    /** u64::MAX as the chain would saturate to, represented as a signed long it does not fit; we clamp to Long.MAX_VALUE. */
    public static final long SATURATED = Long.MAX_VALUE;

    private Rao() {
    }

    public static long ofTao(double tao) {
        return Math.round(tao * PER_TAO);
    }

    public static double toTao(long rao) {
        return rao / (double) PER_TAO;
    }

    /** floor(a * b / c) for non-negative a, b and positive c, exact with 128-bit intermediates; saturates at Long.MAX_VALUE. */
    public static long mulDiv(long a, long b, long c) {
        if (c <= 0) {
            throw new ArithmeticException("divisor must be positive");
        }
        if (a >= 0 && b >= 0) {
            // a, b, c and the product rounded to doubles, one division: off by under 5·2^-53 of the quotient
            double estimate = (double) a * (double) b / c;
            if (estimate < 0x1p48 && c < 1L << 62) {
                // below 2^48 the truncation is the floor or one off, and the exact remainder a·b − q·c is in (−c, 2c)
                long q = (long) estimate;
                long r = a * b - q * c;
                return r < 0 ? q - 1 : r >= c ? q + 1 : q;
            }
            if (estimate < 0x1p62) {
                long q = nearFloor(a, b, c, (long) estimate);
                if (q >= 0) {
                    return q;
                }
            }
        }
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0) {
            return lo / c;
        }
        if (a < 0 || b < 0) {
            BigInteger q = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c));
            return q.bitLength() < 64 ? q.longValue() : SATURATED;
        }
        // a·b is a non-negative 128-bit value hi:lo; divide without allocating
        if (hi >= c) {
            return SATURATED;
        }
        long q = Uint128.divide(hi, lo, c);
        return q < 0 ? SATURATED : q;
    }

    /**
     * floor(a·b / c) if it is q − 1, q or q + 1, told by the exact 128-bit remainder a·b − q·c (a, b ≥ 0, c > 0,
     * 0 ≤ q < 2^62); −1 otherwise.
     */
    private static long nearFloor(long a, long b, long c, long q) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        long ql = q * c;
        long rl = lo - ql;
        long rh = hi - Math.multiplyHigh(q, c) - (Long.compareUnsigned(lo, ql) < 0 ? 1 : 0);
        if (rh == 0) {
            if (Long.compareUnsigned(rl, c) < 0) {
                return q;
            }
            if (Long.compareUnsigned(rl - c, c) < 0) {
                return q + 1;
            }
        } else if (rh == -1 && Long.compareUnsigned(rl, -c) >= 0) {
            return q - 1;
        }
        return -1;
    }

    /** ceil(a * b / c) for non-negative a, b and positive c; saturates at Long.MAX_VALUE. */
    public static long mulDivCeil(long a, long b, long c) {
        if (c <= 0) {
            throw new ArithmeticException("divisor must be positive");
        }
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0) {
            long q = lo / c;
            return lo % c == 0 ? q : q + 1;
        }
        if (a >= 0 && b >= 0) {
            if (hi >= c) {
                return SATURATED;
            }
            long q = Uint128.divide(hi, lo, c);
            if (q < 0) {
                return SATURATED;
            }
            // remainder = lo − q·c (mod 2^64) is exact because it is < c
            return lo - q * c == 0 ? q : (q == Long.MAX_VALUE ? SATURATED : q + 1);
        }
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return q.bitLength() < 64 ? q.longValue() : SATURATED;
    }

    /** a + b saturating at Long.MAX_VALUE for non-negative inputs. */
    public static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? SATURATED : r;
    }

    /** a * b saturating at Long.MAX_VALUE for non-negative inputs. */
    public static long saturatingMul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi != 0 || lo < 0) ? SATURATED : lo;
    }
}
