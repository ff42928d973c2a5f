package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.chain.Mechanism.EmaArithmetic;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11 point 2: SubnetMovingPrice is computed in the era's fixed point and stored as I96F32 every block.
 * The reference below is the chain's update_moving_price written out in BigInteger arithmetic
 * (f9254ea63 I96F32, 835a2c902/486037ba4 U96F32, 14bc6f9f9 U64F64).
 */
class MovingPriceBitsTest {
    private static final long HALVING = 201_600;

    /** One chain update: every product and quotient truncated to {@code frac} fractional bits, stored with 32. */
    static long chainUpdate(EmaArithmetic arithmetic, long storedBits, double spot, long blocksSinceStart,
                            boolean ramp, double movingAlpha) {
        int frac = arithmetic == EmaArithmetic.U64F64 ? 64 : 32;
        BigInteger one = BigInteger.ONE.shiftLeft(frac);
        BigInteger ma = BigInteger.valueOf(Math.round(movingAlpha * 0x1p32)).shiftLeft(frac - 32);
        BigInteger alpha = ma;
        if (ramp) {
            BigInteger b = BigInteger.valueOf(blocksSinceStart);
            BigInteger ratio = b.shiftLeft(frac).divide(b.add(BigInteger.valueOf(HALVING)));
            alpha = ma.multiply(ratio).shiftRight(frac);
        }
        BigInteger price = new BigDecimal(Math.min(spot, 1.0)).multiply(new BigDecimal(one)).toBigInteger();
        BigInteger current = alpha.multiply(price).shiftRight(frac);
        BigInteger moving = one.subtract(alpha).multiply(BigInteger.valueOf(storedBits).shiftLeft(frac - 32))
                .shiftRight(frac);
        return current.add(moving).shiftRight(frac - 32).longValueExact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I96F32", "U96F32", "U64F64"})
    void singleUpdatesMatchTheChainsFixedPointOnRandomStates(String type) {
        EmaArithmetic arithmetic = EmaArithmetic.valueOf(type);
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            long ema = rnd.nextLong(MovingPrice.ONE + 1);
            double spot = rnd.nextInt(10) == 0 ? 1 + rnd.nextDouble() * 5 : Math.exp(-rnd.nextDouble() * 12);
            long b = rnd.nextLong(1, 20_000_000);
            boolean ramp = rnd.nextBoolean();
            double ma = rnd.nextInt(5) == 0 ? rnd.nextDouble() * 0.01 : 0.000003;
            long alpha = MovingPrice.alpha(arithmetic, MovingPrice.movingAlphaBits(ma), HALVING, b, ramp);
            long got = MovingPrice.next(arithmetic, ema, spot, alpha, true);
            assertEquals(chainUpdate(arithmetic, ema, spot, b, ramp, ma), got,
                    type + " ema " + ema + " spot " + spot + " b " + b + " ramp " + ramp + " ma " + ma);
        }
    }

    /** The simulation path: each block's stored EMA of a cheap subnet equals the chain's, for a month. */
    @ParameterizedTest
    @ValueSource(strings = {Presets.LAUNCH, Presets.NETFLOW, Presets.CURRENT})
    void theBlockLoopStoresTheChainsBitsEveryBlock(String preset) {
        Mechanism m = Presets.get(preset);
        Network net = new Network(m, 3, 1_000_000L * Rao.PER_TAO);
        net.block = 2_000_000;
        long firstEmission = 1_500_001;
        // a cheap subnet (price ≈ 0.002, EMA above it) where truncation drift is largest relative to the price
        net.genesisSubnet(new SubnetSeed(1, false, 2_000L * Rao.PER_TAO, 1_000_000L * Rao.PER_TAO, 0, 0, 0.0025, 0,
                1_000_000, firstEmission, true, -1, -1, 0));
        long stored = MovingPrice.toBits(net.emaPrice(1));
        double exactDouble = net.emaPrice(1);
        for (int i = 0; i < 30 * 7_200; i++) {
            net.step();
            double spot = net.spotPrice(1);
            long b = net.block() - (firstEmission - 1);
            stored = chainUpdate(m.emaArithmetic(), stored, spot, b, m.emaYoungRamp(), m.movingAlpha());
            double a = m.emaYoungRamp() ? m.movingAlpha() * b / (b + (double) HALVING) : m.movingAlpha();
            exactDouble = a * Math.min(spot, 1) + (1 - a) * exactDouble;
            assertEquals(stored, MovingPrice.toBits(net.emaPrice(1)), preset + " block " + net.block());
        }
        // what the chain's truncation is worth here: real arithmetic ends visibly higher after 30 days
        assertTrue(exactDouble - net.emaPrice(1) > 1e-9, preset + ": exact " + exactDouble + " vs chain "
                + net.emaPrice(1));
    }

    /** The block loop seeds α's quotient digits with a Newton step from the last block's reciprocal: same bits. */
    @ParameterizedTest
    @ValueSource(strings = {"I96F32", "U96F32", "U64F64"})
    void alphaFromTheRunningReciprocalHasTheSameBits(String arithmeticName) {
        EmaArithmetic arithmetic = EmaArithmetic.valueOf(arithmeticName);
        SplittableRandom rnd = new SplittableRandom(7);
        for (int run = 0; run < 200; run++) {
            long halving = run % 4 == 0 ? HALVING : 4_096 + rnd.nextLong(5_000_000);
            long ma = MovingPrice.movingAlphaBits(run % 3 == 0 ? 0.000003 : rnd.nextDouble(1e-7, 1));
            long b = 1 + rnd.nextLong(run % 2 == 0 ? 10_000 : 1L << 30);
            double inverse = 1.0 / (b + halving);
            for (int step = 0; step < 2_000; step++, b++) {
                long d = b + halving;
                if (step > 0) {
                    inverse = MovingPrice.reciprocalAfter(inverse, d);
                }
                assertEquals(MovingPrice.alpha(arithmetic, ma, halving, b, true),
                        MovingPrice.alpha(arithmetic, ma, halving, b, true, inverse), "b " + b + " h " + halving);
            }
        }
    }
}
