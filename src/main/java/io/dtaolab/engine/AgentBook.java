package io.dtaolab.engine;

import java.util.Arrays;

/**
 * Per-agent bookkeeping the measures need: the (coldkey, hotkey, netuid) positions it ever held, what it paid
 * in fees and price impact, and the slippage it suffered against its own quotes.
 */
final class AgentBook {
    long[] positions = new long[2];
    /**
     * Per position, -1 while it may hold stake; else it is <i>parked</i>: it held no shares when last read and nothing
     * but an extrinsic signed by its coldkey can give it any (see {@link World#addHoldings}), and this is the coldkey's
     * {@link ExtrinsicExecutor#signedCount} then. A parked position reads 0 until that count moves.
     */
    int[] parkedAt = {-1, -1};
    int positionCount;
    double impactPaidTao;
    double slippageTao;
    long feesRao;
    long refused;
    long executed;
    final TradeFlows flows = new TradeFlows();

    /** A fresh book that knows the positions this one touched (nothing paid, executed or refused yet). */
    AgentBook keepingPositions() {
        AgentBook b = new AgentBook();
        b.positions = positions.clone();
        b.parkedAt = parkedAt.clone();
        b.positionCount = positionCount;
        return b;
    }

    static long key(int coldkey, int hotkey, int netuid) {
        return ((long) coldkey << 36) | ((long) hotkey << 12) | netuid;
    }

    static int coldkey(long key) {
        return (int) (key >>> 36);
    }

    static int hotkey(long key) {
        return (int) ((key >>> 12) & 0xFFFFFF);
    }

    static int netuid(long key) {
        return (int) (key & 0xFFF);
    }

    void touch(int coldkey, int hotkey, int netuid) {
        long k = key(coldkey, hotkey, netuid);
        for (int i = 0; i < positionCount; i++) {
            if (positions[i] == k) {
                return;
            }
        }
        if (positionCount == positions.length) {
            positions = Arrays.copyOf(positions, positionCount * 2);
            parkedAt = Arrays.copyOf(parkedAt, positionCount * 2);
        }
        parkedAt[positionCount] = -1;
        positions[positionCount++] = k;
    }
}
