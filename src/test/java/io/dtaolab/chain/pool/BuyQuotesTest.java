package io.dtaolab.chain.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Buys quoted together give, lane by lane, the bits of {@link FastStepMath#out} of each buy alone: random pools and
 * amounts across the fast ranges of log1p and expm1 and beyond them (amounts from 1e-12 to 10× the TAO reserve,
 * weights near the bounds), plus weight ½, empty TAO reserves and zero amounts, in rounds of varying sizes.
 */
class BuyQuotesTest {

    @Test
    void everyLaneEqualsTheSingleBuyQuote() {
        SplittableRandom rnd = new SplittableRandom(13);
        BuyQuotes quotes = new BuyQuotes();
        long[][] lanes = new long[300][];
        int compared = 0;
        for (int round = 0; round < 400; round++) {
            quotes.clear();
            int size = rnd.nextInt(lanes.length);
            for (int i = 0; i < size; i++) {
                lanes[i] = randomBuy(rnd);
                assertEquals(i, quotes.add(lanes[i][0], lanes[i][1], lanes[i][2], lanes[i][3]));
            }
            quotes.quote();
            for (int i = 0; i < size; i++) {
                long[] b = lanes[i];
                assertEquals(FastStepMath.INSTANCE.out(b[0], b[1], b[2], true, b[3]), quotes.out(i),
                        "tao " + b[0] + " alpha " + b[1] + " weight " + b[2] + " in " + b[3]);
                compared++;
            }
        }
        assertEquals(true, compared > 40_000);
    }

    /**
     * Lanes added in bulk from columns (only the pools marked, after some added one by one) are the lanes add gives
     * one by one: the same lane numbers and, quoted, the same outputs.
     */
    @Test
    void bulkAddedLanesEqualOneByOne() {
        SplittableRandom rnd = new SplittableRandom(19);
        BuyQuotes bulk = new BuyQuotes();
        BuyQuotes single = new BuyQuotes();
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            int pools = 1 + rnd.nextInt(200);
            int from = rnd.nextInt(3);
            boolean[] take = new boolean[pools + from];
            long[] tao = new long[take.length];
            long[] alpha = new long[take.length];
            long[] weight = new long[take.length];
            long[] in = new long[take.length];
            int[] lane = new int[take.length];
            bulk.clear();
            single.clear();
            int before = rnd.nextInt(5);
            for (int i = 0; i < before; i++) {
                long[] b = randomBuy(rnd);
                bulk.add(b[0], b[1], b[2], b[3]);
                single.add(b[0], b[1], b[2], b[3]);
            }
            double[] taoD = new double[take.length];
            double[] alphaD = new double[take.length];
            for (int i = from; i < take.length; i++) {
                long[] b = randomBuy(rnd);
                take[i] = rnd.nextInt(4) != 0;
                tao[i] = b[0];
                alpha[i] = b[1];
                weight[i] = b[2];
                in[i] = b[3];
                taoD[i] = b[0];
                alphaD[i] = b[1];
            }
            bulk.addAll(from, take.length, take, tao, alpha, taoD, alphaD, weight, in, lane);
            for (int i = from; i < take.length; i++) {
                if (take[i]) {
                    assertEquals(single.add(tao[i], alpha[i], weight[i], in[i]), lane[i]);
                }
            }
            bulk.quote();
            single.quote();
            for (int i = from; i < take.length; i++) {
                if (take[i]) {
                    assertEquals(single.out(lane[i]), bulk.out(lane[i]));
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 10_000, "compared " + compared);
    }

    /**
     * The fill decisions of all lanes at once are, lane by lane, {@link BalancerSwap#feeLessBuyFills} of each buy
     * with its quoted output: random pools as above, minimum reserves around the reserves, the default and random
     * limits, fee rates inside and at the edge of the allowed range.
     */
    @Test
    void everyLaneDecidesAsTheSingleBuy() {
        SplittableRandom rnd = new SplittableRandom(17);
        BuyQuotes quotes = new BuyQuotes();
        long[][] lanes = new long[300][];
        int compared = 0;
        int filled = 0;
        for (int round = 0; round < 400; round++) {
            quotes.clear();
            int size = rnd.nextInt(lanes.length);
            for (int i = 0; i < size; i++) {
                lanes[i] = randomBuy(rnd);
                quotes.add(lanes[i][0], lanes[i][1], lanes[i][2], lanes[i][3]);
            }
            quotes.quote();
            long minimumReserve = switch (rnd.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 1_000_000_000L;
                case 2 -> (long) Math.pow(10, rnd.nextDouble(0, 18));
                default -> 1_000_000L;
            };
            long limit = switch (rnd.nextInt(4)) {
                case 0 -> 1 + rnd.nextLong(1_000_000_000_000L);
                case 1 -> 1_000_000_000_000_000L; // the coinbase's
                default -> BalancerSwap.DEFAULT_BUY_LIMIT;
            };
            int feeRate = switch (rnd.nextInt(6)) {
                case 0 -> 65_535;
                case 1 -> rnd.nextInt(65_535);
                default -> 33;
            };
            quotes.decideFills(feeRate, minimumReserve, limit);
            for (int i = 0; i < size; i++) {
                long[] b = lanes[i];
                boolean expected = BalancerSwap.feeLessBuyFills(b[0], b[1], b[2], feeRate, minimumReserve, b[3], limit,
                        quotes.out(i));
                assertEquals(expected, quotes.fills(i),
                        "tao " + b[0] + " alpha " + b[1] + " weight " + b[2] + " in " + b[3] + " limit " + limit);
                compared++;
                filled += expected ? 1 : 0;
            }
        }
        assertEquals(true, compared > 40_000);
        assertEquals(true, filled > compared / 10 && filled < compared * 9 / 10, "filled " + filled + " of " + compared);
    }

    /**
     * When a quoted fee-less buy is said to fill without running the swap, the swap run with the same quote (and the
     * FAST swap computing its own output) gives exactly that outcome; and on ordinary coinbase-sized buys it is said.
     */
    @Test
    void aBuySaidToFillIsWhatTheSwapGives() {
        SplittableRandom rnd = new SplittableRandom(31);
        SwapScratch quoted = new SwapScratch();
        SwapScratch plain = new SwapScratch();
        int filled = 0;
        int ordinary = 0;
        int ordinaryFilled = 0;
        for (int i = 0; i < 60_000; i++) {
            long[] b = randomBuy(rnd);
            long tao = b[0];
            long alpha = b[1];
            long weight = b[2];
            long in = b[3];
            long minimumReserve = rnd.nextInt(4) == 0 ? 1_000_000_000L : 1_000_000L;
            long limit = rnd.nextInt(8) == 0 ? 1 + rnd.nextLong(1_000_000_000_000L) : BalancerSwap.DEFAULT_BUY_LIMIT;
            long out = FastStepMath.INSTANCE.out(tao, alpha, weight, true, in);
            boolean ordinaryBuy = tao >= 1e12 && alpha >= 1e12 && out > 0 && in < tao / 100
                    && limit == BalancerSwap.DEFAULT_BUY_LIMIT && weight != BalancerPool.HALF
                    && (BalancerMath.ONE - weight) / (double) weight * tao / alpha < 1e5;
            ordinary += ordinaryBuy ? 1 : 0;
            if (!BalancerSwap.feeLessBuyFills(tao, alpha, weight, 33, minimumReserve, in, limit, out)) {
                continue;
            }
            filled++;
            ordinaryFilled += ordinaryBuy ? 1 : 0;
            BalancerSwap.swapIntoQuoted(tao, alpha, weight, 33, minimumReserve, Side.BUY, in, limit, true, out, quoted);
            BalancerSwap.swapInto(tao, alpha, weight, 33, minimumReserve, Side.BUY, in, limit, true, Precision.FAST,
                    plain);
            for (SwapScratch r : new SwapScratch[] {quoted, plain}) {
                assertEquals(in, r.amountInNet());
                assertEquals(0, r.fee());
                assertEquals(out, r.amountOut());
                assertEquals(0, r.refund());
            }
        }
        assertEquals(true, filled > 10_000, "filled " + filled);
        assertEquals(ordinary, ordinaryFilled, "every ordinary coinbase-sized buy is decided without the swap");
    }

    private static long[] randomBuy(SplittableRandom rnd) {
        long tao = (long) Math.pow(10, rnd.nextDouble(0, 18));
        long alpha = (long) Math.pow(10, rnd.nextDouble(0, 18.9));
        long weight = switch (rnd.nextInt(10)) {
            case 0 -> BalancerPool.HALF;
            case 1 -> BalancerMath.MIN_WEIGHT + rnd.nextLong(1000);
            case 2 -> BalancerMath.ONE - BalancerMath.MIN_WEIGHT - rnd.nextLong(1000);
            default -> BalancerMath.MIN_WEIGHT + rnd.nextLong(BalancerMath.ONE - 2 * BalancerMath.MIN_WEIGHT);
        };
        long in = switch (rnd.nextInt(20)) {
            case 0 -> 0;
            case 1 -> rnd.nextLong(1, 1000);
            default -> Math.max(0, (long) (tao * Math.pow(10, rnd.nextDouble(-12, 1))));
        };
        if (rnd.nextInt(50) == 0) {
            tao = 0;
        }
        return new long[] {tao, alpha, weight, in};
    }
}
