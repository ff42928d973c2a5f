package io.dtaolab.chain.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link EpochPayout#withheldProportion} (a 128-bit division where the quotient fits) against the plain BigInteger
 * floor(withheld·2^32 / total) on random amounts of every size: the same bits.
 */
class WithheldProportionPropertyTest {
    @Test
    void sameBitsAsBigIntegerDivision() {
        Random rnd = new Random(20261205);
        int wide = 0;
        int whole = 0;
        for (int k = 0; k < 200_000; k++) {
            long total = amount(rnd);
            long withheld = switch (rnd.nextInt(4)) {
                case 0 -> total;
                case 1 -> 0;
                default -> total <= 0 ? 0 : (rnd.nextLong() & Long.MAX_VALUE) % (total + 1);
            };
            double expected = total <= 0 ? 0.0
                    : BigInteger.valueOf(withheld).shiftLeft(32).divide(BigInteger.valueOf(total)).longValueExact()
                            / 4_294_967_296.0;
            assertEquals(Double.doubleToRawLongBits(expected),
                    Double.doubleToRawLongBits(EpochPayout.withheldProportion(withheld, total)),
                    "withheld " + withheld + " of " + total);
            wide += withheld >= 1L << 32 ? 1 : 0;
            whole += withheld == total && total > 0 ? 1 : 0;
        }
        assertTrue(wide > 10_000, "amounts whose shifted value needs more than 64 bits: " + wide);
        assertTrue(whole > 10_000, "all withheld: " + whole);
    }

    /** Totals from 0 (and a negative one now and then) to near 2^63, spread over the magnitudes. */
    private static long amount(Random rnd) {
        if (rnd.nextInt(50) == 0) {
            return -rnd.nextInt(1000);
        }
        int bits = rnd.nextInt(64);
        return (rnd.nextLong() & Long.MAX_VALUE) >>> (63 - bits);
    }
}
