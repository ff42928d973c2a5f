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

    /** The chain's α: ma·floor(b·2^frac/(b + h)) / 2^frac, in BigInteger. */
    static long chainAlpha(EmaArithmetic arithmetic, long ma, long halving, long b) {
        int frac = arithmetic == EmaArithmetic.U64F64 ? 64 : 32;
        BigInteger ratio = BigInteger.valueOf(b).shiftLeft(frac).divide(BigInteger.valueOf(b + halving));
        BigInteger alpha = BigInteger.valueOf(ma).shiftLeft(frac - 32).multiply(ratio).shiftRight(frac);
        return alpha.longValue();
    }

    /**
     * The block loop's columnar α (EmaAlphas) equals MovingPrice.alpha and the chain's BigInteger α on random subnets,
     * near the edges too: b of 0 and 1, d just below and above 2^31, exact quotients, α of 2^31 bits and more.
     */
    @ParameterizedTest
    @ValueSource(strings = {"I96F32", "U96F32", "U64F64"})
    void columnarAlphaHasTheBitsOfTheScalarAndTheChains(String arithmeticName) {
        EmaArithmetic arithmetic = EmaArithmetic.valueOf(arithmeticName);
        SplittableRandom rnd = new SplittableRandom(13);
        int cap = 65;
        int offByOne = 0;
        int exact = 0;
        int slow = 0;
        for (int run = 0; run < 3_000; run++) {
            long halving = switch (run % 5) {
                case 0 -> HALVING;
                case 1 -> 1 + rnd.nextLong(1_000);
                case 2 -> rnd.nextLong(1L << 31);
                case 3 -> run % 50 == 3 ? 0 : rnd.nextLong(1, 10);
                default -> 4_096 + rnd.nextLong(50_000_000);
            };
            long ma = switch (run % 7) {
                case 0 -> MovingPrice.movingAlphaBits(rnd.nextDouble());
                case 1 -> (1L << 31) - 1 - rnd.nextLong(3);
                case 2 -> (1L << 31) + rnd.nextLong(3);
                default -> MovingPrice.movingAlphaBits(run % 2 == 0 ? 0.000003 : rnd.nextDouble(1e-7, 0.5));
            };
            Mechanism m = Presets.get(Presets.CURRENT).override(java.util.Map.of("emaArithmetic",
                    arithmeticName.toLowerCase(), "emaHalvingBlocks", halving, "emaYoungRamp", run % 40 != 0));
            long block = 1L << 40;
            boolean[] eligible = new boolean[cap];
            boolean[] stable = new boolean[cap];
            long[] first = new long[cap];
            long[] got = new long[cap];
            for (int n = 1; n < cap; n++) {
                eligible[n] = rnd.nextInt(10) != 0;
                stable[n] = rnd.nextInt(20) == 0;
                long b = switch (rnd.nextInt(8)) {
                    case 0 -> rnd.nextLong(-2, 3);
                    case 1 -> (1L << 31) - Math.max(halving, 0) - rnd.nextLong(-3, 4);
                    case 2 -> Math.max(1, halving) * rnd.nextLong(1, 8); // b/(b + h) with a short period
                    case 3 -> rnd.nextLong(1, 1L << 40);
                    default -> rnd.nextLong(1, 20_000_000);
                };
                first[n] = block + 1 - b;
                got[n] = -7;
            }
            new EmaAlphas(cap).compute(m, ma, block, cap, eligible, stable, first, got);
            for (int n = 1; n < cap; n++) {
                long b = block - (first[n] - 1);
                if (!eligible[n] || stable[n]) {
                    assertEquals(-7, got[n]);
                    continue;
                }
                long want = MovingPrice.alpha(arithmetic, ma, halving, b, m.emaYoungRamp());
                assertEquals(want, got[n], arithmeticName + " b " + b + " h " + halving + " ma " + ma);
                long d = b + halving;
                if (m.emaYoungRamp() && halving > 0 && b >= 1 && d < 1L << 31 && ma < 1L << 31) {
                    assertEquals(chainAlpha(arithmetic, ma, halving, b), got[n], "b " + b + " h " + halving);
                    long truncated = (long) (b * 0x1p32 * (1.0 / d));
                    long floor = (b << 32) / d;
                    offByOne += truncated != floor ? 1 : 0;
                    exact += (b << 32) % d == 0 ? 1 : 0;
                } else {
                    slow++;
                }
            }
        }
        // the corrections and the fallback were exercised
        assertTrue(offByOne > 0 && exact > 0 && slow > 1_000, offByOne + " " + exact + " " + slow);
    }
}
