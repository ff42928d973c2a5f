package io.dtaolab.chain.pool;

import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * floor((a/b)^(c/d) · scale) as the chain computes it (crate safe_bigmath {@code pow_ratio_scaled}):
 * an exact integer root when the reduced exponent has numerator and denominator ≤ 1024, otherwise a
 * fixed-point ln/exp Taylor evaluation with 24 guard bits whose early-exit and rounding rules are
 * reproduced exactly, because they decide the last RAO of Balancer swaps with general weights.
 */
public final class PowRatio {
    private static final int MAX_EXACT_EXPONENT = 1024;
    private static final int GUARD_BITS = 24;
    private static final int DEFAULT_MAX_ITERS = 4096;
    private static final BigInteger GUARD = BigInteger.ONE.shiftLeft(GUARD_BITS);
    private static final ConcurrentHashMap<Integer, BigInteger> LN_TWO = new ConcurrentHashMap<>();

    private PowRatio() {
    }

    /** Returns null where the chain returns None (zero denominators, negative inputs). */
    public static BigInteger scaled(BigInteger baseNum, BigInteger baseDen, BigInteger expNum, BigInteger expDen,
                                    int precision, BigInteger scale) {
        if (baseDen.signum() == 0 || expDen.signum() == 0) {
            return null;
        }
        if (baseNum.signum() == 0) {
            return BigInteger.ZERO;
        }
        if (scale.signum() < 0 || baseNum.signum() < 0 || baseDen.signum() < 0 || expNum.signum() < 0 || expDen.signum() < 0) {
            return null;
        }
        if (expNum.signum() == 0) {
            return scale;
        }
        BigInteger g = expNum.gcd(expDen);
        BigInteger p = expNum.divide(g);
        BigInteger q = expDen.divide(g);
        BigInteger limit = BigInteger.valueOf(MAX_EXACT_EXPONENT);
        if (p.compareTo(limit) <= 0 && q.compareTo(limit) <= 0) {
            return exactRoot(baseNum, baseDen, p.intValue(), q.intValue(), scale);
        }
        return series(baseNum, baseDen, p, q, precision, scale);
    }

    /** floor(((a^p · scale^q) / b^p)^(1/q)) — the floor of the q-th root of the floor is the same number. */
    static BigInteger exactRoot(BigInteger a, BigInteger b, int p, int q, BigInteger scale) {
        BigInteger target = a.pow(p).multiply(scale.pow(q)).divide(b.pow(p));
        return nthRootFloor(target, q);
    }

    static BigInteger nthRootFloor(BigInteger n, int q) {
        if (q == 1 || n.signum() == 0) {
            return n;
        }
        if (q == 2) {
            return n.sqrt();
        }
        // Binary search between 2^(floor(bits/q)) and 2^(floor(bits/q)+1).
        int bits = n.bitLength();
        BigInteger lo = BigInteger.ONE.shiftLeft((bits - 1) / q);
        BigInteger hi = BigInteger.ONE.shiftLeft((bits - 1) / q + 1);
        while (lo.compareTo(hi) < 0) {
            BigInteger mid = lo.add(hi).add(BigInteger.ONE).shiftRight(1);
            if (mid.pow(q).compareTo(n) <= 0) {
                lo = mid;
            } else {
                hi = mid.subtract(BigInteger.ONE);
            }
        }
        return lo;
    }

    private static BigInteger series(BigInteger a, BigInteger b, BigInteger p, BigInteger q, int precision,
                                     BigInteger scale) {
        int requested = Math.max(Math.max(precision, 32), scale.bitLength() + 8);
        int internal = requested + GUARD_BITS;
        int maxIters = Math.max(1, Math.min(DEFAULT_MAX_ITERS, internal + 128));
        BigInteger internalScale = BigInteger.ONE.shiftLeft(internal);
        BigInteger lnTwo = LN_TWO.computeIfAbsent(internal,
                k -> ln1p(internalScale.shiftRight(1).negate(), internalScale, maxIters).negate());
        BigInteger lnBase = ln(a, internal, internalScale, lnTwo, maxIters)
                .subtract(ln(b, internal, internalScale, lnTwo, maxIters));
        BigInteger lnScaled = floorDiv(lnBase.multiply(p), q);
        BigInteger expFp = exp(lnScaled, internalScale, maxIters);
        BigInteger expRequested = roundGuard(expFp);
        return floorDiv(expRequested.multiply(scale), BigInteger.ONE.shiftLeft(requested));
    }

    /** ln(value) with the mantissa normalised into [0.5, 1.5) before the ln(1+x) series. */
    private static BigInteger ln(BigInteger value, int internal, BigInteger internalScale, BigInteger lnTwo,
                                 int maxIters) {
        int shift = value.bitLength() - 1;
        BigInteger mantissa = value.shiftLeft(internal).shiftRight(shift);
        if (mantissa.compareTo(internalScale.add(internalScale.shiftRight(1))) >= 0) {
            mantissa = mantissa.shiftRight(1);
            shift++;
        }
        return ln1p(mantissa.subtract(internalScale), internalScale, maxIters)
                .add(lnTwo.multiply(BigInteger.valueOf(shift)));
    }

    private static BigInteger ln1p(BigInteger x, BigInteger scale, int maxIters) {
        BigInteger term = x;
        BigInteger result = x;
        BigInteger previous = roundGuard(result);
        for (int n = 2; n <= maxIters; n++) {
            term = floorDiv(term.multiply(x), scale);
            if (term.signum() == 0) {
                break;
            }
            BigInteger next = floorDiv(term, BigInteger.valueOf(n));
            if (next.signum() == 0) {
                break;
            }
            result = (n % 2 == 0) ? result.subtract(next) : result.add(next);
            BigInteger rounded = roundGuard(result);
            if (next.abs().compareTo(GUARD) < 0 || rounded.equals(previous)) {
                break;
            }
            previous = rounded;
        }
        return result;
    }

    private static BigInteger exp(BigInteger x, BigInteger scale, int maxIters) {
        BigInteger term = scale;
        BigInteger result = scale;
        BigInteger previous = roundGuard(result);
        for (int n = 1; n <= maxIters; n++) {
            term = floorDiv(term.multiply(x), scale.multiply(BigInteger.valueOf(n)));
            if (term.signum() == 0) {
                break;
            }
            result = result.add(term);
            BigInteger rounded = roundGuard(result);
            if (term.abs().compareTo(GUARD) < 0 || rounded.equals(previous)) {
                break;
            }
            previous = rounded;
        }
        return result;
    }

    /** Drops the guard bits rounding half away from zero. */
    private static BigInteger roundGuard(BigInteger value) {
        BigInteger[] qr = value.divideAndRemainder(GUARD);
        if (qr[1].signum() != 0 && qr[1].abs().shiftLeft(1).compareTo(GUARD) >= 0) {
            return qr[0].add(BigInteger.valueOf(qr[1].signum()));
        }
        return qr[0];
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }
}
