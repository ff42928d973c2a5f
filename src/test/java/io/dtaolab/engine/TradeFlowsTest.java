package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** An agent's flows by subnet (the value ledger's inputs) add up exactly as per-netuid totals kept in a sorted map. */
class TradeFlowsTest {
    @Test
    void agreesWithPerNetuidTotalsUnderRandomTrading() {
        SplittableRandom rng = new SplittableRandom(13);
        TradeFlows flows = new TradeFlows();
        TreeMap<Integer, long[]> expected = new TreeMap<>();
        long fees = 0;
        for (int step = 0; step < 50_000; step++) {
            // a few busy subnets in the middle of the range, so new rows often land before the one traded last
            int netuid = rng.nextInt(100) == 0 ? rng.nextInt(3000) : rng.nextInt(4) == 0 ? rng.nextInt(300) : 150 + rng.nextInt(8);
            long tao = rng.nextLong(1L << 40);
            long alpha = rng.nextLong(1L << 40);
            long fee = rng.nextLong(1000);
            long[] e = expected.computeIfAbsent(netuid, n -> new long[4]);
            switch (rng.nextInt(3)) {
                case 0 -> {
                    flows.buy(netuid, tao, alpha, fee);
                    e[0] += tao;
                    e[2] += alpha;
                    fees += fee;
                }
                case 1 -> {
                    flows.sell(netuid, alpha, tao, fee);
                    e[1] += tao;
                    e[3] += alpha;
                    fees += fee;
                }
                default -> {
                    flows.destroy(netuid, alpha);
                    e[3] += alpha;
                }
            }
        }
        assertTrue(expected.size() > 300, "rows " + expected.size()); // the key and row arrays grew many times
        assertArrayEquals(expected.keySet().stream().mapToInt(Integer::intValue).toArray(), flows.netuids());
        long paid = 0;
        long received = 0;
        for (var e : expected.entrySet()) {
            int n = e.getKey();
            assertArrayEquals(e.getValue(), new long[] {flows.taoPaid(n), flows.taoReceived(n), flows.alphaBought(n),
                    flows.alphaGivenUp(n)});
            paid += e.getValue()[0];
            received += e.getValue()[1];
        }
        assertEquals(paid, flows.totalTaoPaid());
        assertEquals(received, flows.totalTaoReceived());
        assertEquals(fees, flows.feesRao());
        assertEquals(0, flows.taoPaid(-5));
        assertEquals(0, flows.alphaGivenUp(100_000));

        TradeFlows twice = new TradeFlows();
        twice.addAll(flows);
        twice.addAll(flows);
        for (int n : flows.netuids()) {
            assertEquals(2 * flows.alphaGivenUp(n), twice.alphaGivenUp(n));
            assertEquals(2 * flows.taoReceived(n), twice.taoReceived(n));
        }
        assertEquals(2 * fees, twice.feesRao());
    }
}
