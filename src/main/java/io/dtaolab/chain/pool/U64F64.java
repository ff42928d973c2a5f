package io.dtaolab.chain.pool;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The chain's unsigned 64.64 fixed point (substrate_fixed U64F64), as raw 128-bit values in a BigInteger.
 * Saturating operations clamp to [0, 2^128 − 1]; division by zero (or overflow) yields 0 as the chain's
 * safe_div does; conversion to u64 truncates and saturates.
 */
public final class U64F64 {
    public static final BigInteger ONE = BigInteger.ONE.shiftLeft(64);
    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private U64F64() {
    }

    public static BigInteger fromU64(long unsigned) {
        return unsigned(unsigned).shiftLeft(64);
    }

    public static BigInteger fromInt(BigInteger value) {
        return clamp(value.shiftLeft(64));
    }

    /** Nearest representable value of a double, as fixed's from_num(f64) does (ties to even). */
    public static BigInteger fromDouble(double value) {
        if (!(value >= 0)) {
            return BigInteger.ZERO;
        }
        BigDecimal scaled = new BigDecimal(value).multiply(new BigDecimal(ONE));
        return clamp(scaled.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
    }

    public static BigInteger div(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            return BigInteger.ZERO;
        }
        BigInteger q = a.shiftLeft(64).divide(b);
        return q.compareTo(MAX) > 0 ? BigInteger.ZERO : q;
    }

    public static BigInteger mul(BigInteger a, BigInteger b) {
        return clamp(a.multiply(b).shiftRight(64));
    }

    public static BigInteger sub(BigInteger a, BigInteger b) {
        BigInteger d = a.subtract(b);
        return d.signum() < 0 ? BigInteger.ZERO : d;
    }

    /** Truncation to u64, saturating; returned as an unsigned long. */
    public static long toU64(BigInteger bits) {
        BigInteger i = bits.shiftRight(64);
        return i.compareTo(U64_MAX) > 0 ? -1L : i.longValue();
    }

    public static double toDouble(BigInteger bits) {
        return new BigDecimal(bits).divide(new BigDecimal(ONE)).doubleValue();
    }

    static BigInteger clamp(BigInteger v) {
        if (v.signum() < 0) {
            return BigInteger.ZERO;
        }
        return v.compareTo(MAX) > 0 ? MAX : v;
    }

    public static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v >= 0 ? b : b.add(BigInteger.ONE.shiftLeft(64));
    }
}
