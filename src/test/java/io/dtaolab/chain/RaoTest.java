package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RaoTest {
    private static long expected(long a, long b, long c, boolean ceil) {
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        BigInteger q = ceil && qr[1].signum() != 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return q.bitLength() < 64 ? q.longValue() : Rao.SATURATED;
    }

    private static long draw(SplittableRandom r) {
        int bits = 1 + r.nextInt(63);
        return r.nextLong() >>> (64 - bits);
    }

    @Test
    void mulDivMatchesBigIntegerOn128BitProducts() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 300_000; i++) {
            long a = draw(r);
            long b = draw(r);
            long c = Math.max(1, draw(r));
            assertEquals(expected(a, b, c, false), Rao.mulDiv(a, b, c), a + "·" + b + "/" + c);
            assertEquals(expected(a, b, c, true), Rao.mulDivCeil(a, b, c), a + "·" + b + "/" + c + " ceil");
        }
        // quotients below and around 2^48 and up to 2^62 (the floating estimate's ranges) whose remainder is 0, m or c − m for a small m:
        // a = c·k + δ, b = m gives a·b = c·k·m + δ·m, the cases where the estimate may round to the next integer
        for (int i = 0; i < 300_000; i++) {
            long c = Math.max(1, draw(r));
            long k = switch (i % 4) {
                case 0 -> (1L << 48) + r.nextLong(-8, 8);
                case 1 -> 1 + (r.nextLong() >>> (2 + r.nextInt(62))); // up to 2^62: the 128-bit-checked estimate
                default -> 1 + (r.nextLong() >>> (15 + r.nextInt(49)));
            };
            long m = 1 + r.nextInt(i % 2 == 0 ? 2 : 1000);
            long delta = r.nextInt(4) - 1;
            if (Math.multiplyHigh(c, k) != 0 || c * k < 0 || c * k + delta < 0 || c * k + delta == Long.MIN_VALUE) {
                continue;
            }
            long a = c * k + delta;
            assertEquals(expected(a, m, c, false), Rao.mulDiv(a, m, c), a + "·" + m + "/" + c);
            assertEquals(expected(m, a, c, false), Rao.mulDiv(m, a, c), m + "·" + a + "/" + c);
            assertEquals(expected(a, m, c, true), Rao.mulDivCeil(a, m, c), a + "·" + m + "/" + c + " ceil");
        }
        long[] edge = {0, 1, 2, 3, (1L << 32) - 1, 1L << 32, (1L << 32) + 1, (1L << 62), Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long a : edge) {
            for (long b : edge) {
                for (long c : edge) {
                    if (c > 0) {
                        assertEquals(expected(a, b, c, false), Rao.mulDiv(a, b, c), a + "·" + b + "/" + c);
                        assertEquals(expected(a, b, c, true), Rao.mulDivCeil(a, b, c), a + "·" + b + "/" + c + " ceil");
                    }
                }
            }
        }
    }
}
