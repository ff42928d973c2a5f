package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A holder's value (floor(shares · value / total shares)) from the estimate-and-check division equals the exact
 * quotient (BigInteger) and {@link Rao#mulDiv}, over operands of every magnitude, share counts at and next to the
 * total, and quotients near a whole number.
 */
class FloorMulDivTest {
    @Test
    void equalsTheExactQuotient() {
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 2_000_000; i++) {
            long c = 1 + bits(r, 1 + r.nextInt(63));
            long a = switch (r.nextInt(5)) {
                case 0 -> c;
                case 1 -> c - 1 - r.nextInt(3) < 0 ? 0 : c - 1 - r.nextInt(3);
                case 2 -> r.nextLong(c) + 1 > c ? c : r.nextLong(c) + 1;
                default -> bits(r, 1 + r.nextInt(63));
            };
            long b = r.nextInt(8) == 0 ? Long.MAX_VALUE - r.nextInt(3) : bits(r, 1 + r.nextInt(63));
            if (r.nextInt(4) == 0 && a > 0) {
                // b·a close to a multiple of c: quotients a rounding error away from the next integer
                long q = bits(r, 1 + r.nextInt(50));
                BigInteger target = BigInteger.valueOf(q).multiply(BigInteger.valueOf(c)).add(BigInteger.valueOf(r.nextInt(3) - 1));
                BigInteger bb = target.divide(BigInteger.valueOf(a));
                if (bb.signum() >= 0 && bb.bitLength() < 63) {
                    b = bb.longValueExact();
                }
            }
            check(a, b, c);
        }
    }

    private static long bits(SplittableRandom r, int n) {
        return n == 63 ? r.nextLong() & Long.MAX_VALUE : r.nextLong(1L << n);
    }

    private static void check(long a, long b, long c) {
        BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c));
        long expected = exact.bitLength() < 64 ? exact.longValue() : Rao.SATURATED;
        String what = a + " * " + b + " / " + c;
        assertEquals(expected, SharePools.floorMulDiv(a, b, c), what);
        assertEquals(Rao.mulDiv(a, b, c), SharePools.floorMulDiv(a, b, c), what);
    }
}
