package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The Java log1p/expm1 against StrictMath's (native fdlibm on Java 17), bit for bit: every exponent (random bit
 * patterns), the ranges swaps use (trade/reserve ratios, −exponent·log1p), each branch's boundaries and the special
 * values. {@code -Dfdlibm.cases=N} runs N arguments per family instead of the CI size.
 */
class FdlibmEquivalenceTest {
    private static final int CASES = Integer.getInteger("fdlibm.cases", 400_000);

    @Test
    void log1pHasStrictMathBitsEverywhere() {
        SplittableRandom rnd = new SplittableRandom(20261204L);
        check("log1p", Fdlibm::log1p, StrictMath::log1p, () -> Double.longBitsToDouble(rnd.nextLong()));
        check("log1p", Fdlibm::log1p, StrictMath::log1p, () -> Math.pow(10, rnd.nextDouble(-20, 20)));
        check("log1p", Fdlibm::log1p, StrictMath::log1p, () -> -rnd.nextDouble());
        check("log1p", Fdlibm::log1p, StrictMath::log1p, () -> rnd.nextDouble(-0.3, 0.42));
        check("log1p", Fdlibm::log1p, StrictMath::log1p, () -> rnd.nextLong(1, 1L << 50) / (double) rnd.nextLong(1, 1L << 55));
        for (double x : new double[] {0.41422, 0.4142135623730950, -0.2929, -0.29289321881345, 0x1p-29, -0x1p-29,
                0x1p-54, -0x1p-54, 0x1p54, 0x1p53, 0x1p-20, -0x1p-20, 1e300, 0.0, -0.0, -1.0, -1.5, Double.MIN_VALUE,
                Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            for (long ulps = -64; ulps <= 64; ulps++) {
                double y = Double.longBitsToDouble(Double.doubleToRawLongBits(x) + ulps);
                assertSame("log1p", y, Fdlibm.log1p(y), StrictMath.log1p(y));
            }
        }
    }

    @Test
    void expm1HasStrictMathBitsEverywhere() {
        SplittableRandom rnd = new SplittableRandom(20261205L);
        check("expm1", Fdlibm::expm1, StrictMath::expm1, () -> Double.longBitsToDouble(rnd.nextLong()));
        check("expm1", Fdlibm::expm1, StrictMath::expm1, () -> rnd.nextDouble(-50, 50));
        check("expm1", Fdlibm::expm1, StrictMath::expm1, () -> -Math.pow(10, rnd.nextDouble(-20, 3)));
        check("expm1", Fdlibm::expm1, StrictMath::expm1, () -> rnd.nextDouble(-1.1, 1.1));
        check("expm1", Fdlibm::expm1, StrictMath::expm1, () -> rnd.nextDouble(-800, 800));
        double ln2 = Math.log(2);
        for (double x : new double[] {0.5 * ln2, -0.5 * ln2, 1.5 * ln2, -1.5 * ln2, 56 * ln2, -56 * ln2, 709.78,
                -709.78, 7.09782712893383973096e+02, 0x1p-54, -0x1p-54, -0.25, 20 * ln2, -20 * ln2, 57 * ln2, 0.0,
                -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN}) {
            for (long ulps = -64; ulps <= 64; ulps++) {
                double y = Double.longBitsToDouble(Double.doubleToRawLongBits(x) + ulps);
                assertSame("expm1", y, Fdlibm.expm1(y), StrictMath.expm1(y));
            }
        }
        for (int k = -60; k <= 60; k++) { // each reduction step k and its neighbours
            for (double d = -0.6; d <= 0.6; d += 0.01) {
                double y = (k + d) * ln2;
                assertSame("expm1", y, Fdlibm.expm1(y), StrictMath.expm1(y));
            }
        }
    }

    private static void check(String name, DoubleUnaryOperator mine, DoubleUnaryOperator strict, DoubleSupplier args) {
        for (int i = 0; i < CASES; i++) {
            double x = args.getAsDouble();
            assertSame(name, x, mine.applyAsDouble(x), strict.applyAsDouble(x));
        }
    }

    private static void assertSame(String name, double x, double mine, double strict) {
        if (Double.isNaN(mine) && Double.isNaN(strict)) {
            return;
        }
        assertEquals(Double.doubleToRawLongBits(strict), Double.doubleToRawLongBits(mine),
                () -> name + "(" + x + " = 0x" + Long.toHexString(Double.doubleToRawLongBits(x)) + "): " + mine
                        + " vs StrictMath " + strict);
    }
}
