package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Flow-gaming's compaction looks only at the keys that closed a position, yet leaves exactly what a scan of every
 * position would: no position that can no longer matter survives a compaction, under random buying, selling,
 * closing and buying back on two subnets.
 */
class FlowGamingCompactionTest {
    @Test
    void keepsNoPositionAFullScanWouldDrop() {
        SplittableRandom rng = new SplittableRandom(7);
        FlowGamingDetector d = new FlowGamingDetector();
        AlarmGate gate = new AlarmGate(FlowGamingDetector.NAME, 1.41, a -> { }, null);
        long block = 1;
        long[] compactedAt = new long[2];
        int compactions = 0;
        int seenDroppable = 0;
        for (int step = 0; step < 300_000; step++) {
            block += rng.nextInt(4) == 0 ? rng.nextInt(400) : rng.nextInt(3);
            int netuid = rng.nextInt(2);
            int coldkey = rng.nextInt(60);
            double tao = 1 + rng.nextInt(20);
            // sizeable stakes (from 0.2 % of a 1,000 TAO pool), sales often of everything, buy-backs of the same size
            boolean buy = rng.nextBoolean();
            double alpha = buy ? tao : rng.nextInt(3) == 0 ? rng.nextDouble() * 5 : 1_000;
            int[] before = d.droppableAndAll(netuid, block);
            seenDroppable += before[0] > 0 ? 1 : 0;
            d.onTrade(new TradeEvent(block, 0, coldkey, netuid, buy, tao, alpha, 1, 1, 1_000), gate);
            if (block - compactedAt[netuid] >= FlowGamingDetector.COMPACT_EVERY) {
                compactedAt[netuid] = block;
                compactions++;
                int[] after = d.droppableAndAll(netuid, block);
                assertEquals(0, after[0], "positions left that can no longer matter, after the compaction at " + block);
            }
        }
        assertTrue(compactions > 100, "compactions " + compactions);
        assertTrue(seenDroppable > 1_000, "positions waiting to be dropped " + seenDroppable);
    }

    /**
     * A close, a buy that is not a buy-back (another size) and a compaction within the buy-back window, then a small
     * sale: the position is flat again with only that old close pending, and the next compaction must still drop it.
     */
    @Test
    void dropsAPositionReopenedAndSoldAfterACompaction() {
        FlowGamingDetector d = new FlowGamingDetector();
        AlarmGate gate = new AlarmGate(FlowGamingDetector.NAME, 1.41, a -> { }, null);
        d.onTrade(trade(7_000, 1, true, 10, 10), gate);
        d.onTrade(trade(7_190, 1, false, 10, 10), gate); // held 190 blocks, sold all: a close
        d.onTrade(trade(7_195, 1, true, 20, 20), gate); // twice the size: not a buy-back
        d.onTrade(trade(7_200, 2, true, 1, 1), gate); // the compaction at 7,200: the close may still be bought back
        d.onTrade(trade(7_205, 1, false, 1, 1), gate); // a small sale: flat, the close of 7,190 still pending
        assertEquals(1, d.droppableAndAll(0, 7_300)[0]);
        d.onTrade(trade(14_400, 2, true, 1, 1), gate); // the next compaction
        assertEquals(0, d.droppableAndAll(0, 14_400)[0]);
        assertEquals(1, d.droppableAndAll(0, 14_400)[1]); // key 2's open buy only
    }

    private static TradeEvent trade(long block, int coldkey, boolean buy, double tao, double alpha) {
        return new TradeEvent(block, 0, coldkey, 0, buy, tao, alpha, 1, 1, 1_000);
    }
}
