package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The 128/64 division's floating-estimate path against BigInteger and against the digit-by-digit long division it
 * short-cuts, over operands of every bit length (stake reads divide products of ~50-bit shares and values; fee rates
 * and the exact-root path divide 64-bit-shifted small numbers), plus the edges of its domain.
 */
class Uint128Test {
    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    private static long reference(long hi, long lo, long d) {
        BigInteger n = U64F64.unsigned(hi).shiftLeft(64).add(U64F64.unsigned(lo));
        return n.divide(U64F64.unsigned(d)).mod(TWO64).longValue();
    }

    private static long bits(SplittableRandom rnd, int bits) {
        if (bits == 0) {
            return 0;
        }
        long x = rnd.nextLong() >>> (64 - bits);
        return x | (1L << (bits - 1));
    }

    private static void check(long hi, long lo, long d) {
        long want = reference(hi, lo, d);
        assertEquals(want, Uint128.divide(hi, lo, d), hi + ":" + lo + " / " + d);
        assertEquals(want, Uint128.longDivision(hi, lo, d), hi + ":" + lo + " / " + d + " (long division)");
        long q = d > 0 && hi >= 0 && hi < d ? Uint128.estimated(hi, lo, d) : -1; // its domain, as divide guards it
        if (q >= 0) {
            assertEquals(want, q, hi + ":" + lo + " / " + d + " (estimate)");
        }
    }

    @Test
    void everyBitLengthMatchesBigInteger() {
        SplittableRandom rnd = new SplittableRandom(13);
        for (int i = 0; i < 400_000; i++) {
            long d = bits(rnd, 1 + rnd.nextInt(64));
            long hi = d == 1 ? 0 : Long.remainderUnsigned(bits(rnd, rnd.nextInt(65)), d);
            long lo = rnd.nextInt(4) == 0 ? bits(rnd, rnd.nextInt(65)) : rnd.nextLong();
            check(hi, lo, d);
        }
    }

    @Test
    void productsLikeStakeReadsMatchBigInteger() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int i = 0; i < 400_000; i++) {
            long total = bits(rnd, 20 + rnd.nextInt(43));
            long shares = 1 + Long.remainderUnsigned(rnd.nextLong(), total);
            long value = bits(rnd, 20 + rnd.nextInt(43));
            long hi = Math.multiplyHigh(shares, value);
            long lo = shares * value;
            if (Long.compareUnsigned(hi, total) < 0) {
                check(hi, lo, total);
            }
        }
    }

    /** Quotients below 2^48 and around it (the one-division path) with remainders at 0, 1, d/2, d − 1. */
    @Test
    void smallQuotientsNextToWholeNumbersMatchBigInteger() {
        SplittableRandom rnd = new SplittableRandom(19);
        for (int i = 0; i < 400_000; i++) {
            long d = bits(rnd, 1 + rnd.nextInt(63));
            long q = rnd.nextInt(8) == 0 ? (1L << 48) + rnd.nextLong(-64, 64) : bits(rnd, rnd.nextInt(49));
            long r = switch (rnd.nextInt(5)) {
                case 0 -> 0;
                case 1 -> Math.min(1, d - 1);
                case 2 -> d >>> 1;
                case 3 -> d - 1;
                default -> rnd.nextLong(d);
            };
            BigInteger x = BigInteger.valueOf(q).multiply(BigInteger.valueOf(d)).add(BigInteger.valueOf(r));
            long hi = x.shiftRight(64).longValue();
            long lo = x.longValue();
            if (Long.compareUnsigned(hi, d) < 0) {
                check(hi, lo, d);
            }
        }
    }

    @Test
    void edgesOfTheDomain() {
        long[] ds = {1, 2, 3, 65_535, (1L << 32) - 1, 1L << 32, (1L << 32) + 1, 1L << 52, (1L << 53) + 1,
            (1L << 62) - 1, 1L << 62, Long.MAX_VALUE - 1, Long.MAX_VALUE, Long.MIN_VALUE, -1, -2};
        for (long d : ds) {
            long[] his = {0, 1, d - 1, d >>> 1, (d >>> 1) + 1, d - 2};
            long[] los = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, d, d - 1, -d};
            for (long hi : his) {
                if (Long.compareUnsigned(hi, d) >= 0 || hi < 0 && d > 0) {
                    continue;
                }
                for (long lo : los) {
                    check(hi, lo, d);
                }
            }
        }
        // quotients around 2^62 and 2^63 (the estimate declines the first, the long division returns the second)
        check(1L << 60, 0, 1L << 62);
        check((1L << 61) - 1, -1, 1L << 62);
        check(1L << 61, 0, 1L << 62);
        check((1L << 62) - 1, -1, 1L << 62);
        check(32_767, 0, 65_535);
        check(33, 0, 65_535);
    }
}
