package io.dtaolab.engine;

import io.dtaolab.chain.StakeRow;
import java.util.Arrays;

/**
 * Per-agent bookkeeping the measures need: the (coldkey, hotkey, netuid) positions it ever held, what it paid
 * in fees and price impact, and the slippage it suffered against its own quotes.
 */
final class AgentBook {
    private static final int POSITION_BITS = 37;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    /**
     * Position keys in ascending order: by coldkey, then as the chain orders a coldkey's positions
     * ({@link StakeRow#key}: netuid, then hotkey), so the marking merges them with the chain's rows in one pass.
     */
    long[] positions = new long[2];
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
        b.positionCount = positionCount;
        return b;
    }

    static long key(int coldkey, int hotkey, int netuid) {
        if (coldkey < 0 || coldkey >= 1 << (63 - POSITION_BITS) || hotkey < 0 || hotkey > StakeRow.MAX_HOTKEY) {
            throw new IllegalArgumentException("position " + coldkey + "/" + hotkey + " out of the book's range");
        }
        return ((long) coldkey << POSITION_BITS) | StakeRow.key(hotkey, netuid);
    }

    static int coldkey(long key) {
        return (int) (key >>> POSITION_BITS);
    }

    /** The position's {@link StakeRow#key} (its place in the coldkey's row). */
    static long position(long key) {
        return key & POSITION_MASK;
    }

    static int hotkey(long key) {
        return (int) (key & StakeRow.MAX_HOTKEY);
    }

    static int netuid(long key) {
        return (int) (position(key) >>> Integer.numberOfTrailingZeros(StakeRow.MAX_HOTKEY + 1));
    }

    boolean knows(int coldkey, int hotkey, int netuid) {
        return Arrays.binarySearch(positions, 0, positionCount, key(coldkey, hotkey, netuid)) >= 0;
    }

    void touch(int coldkey, int hotkey, int netuid) {
        long k = key(coldkey, hotkey, netuid);
        int i = Arrays.binarySearch(positions, 0, positionCount, k);
        if (i >= 0) {
            return;
        }
        i = -i - 1;
        if (positionCount == positions.length) {
            positions = Arrays.copyOf(positions, positionCount * 2);
        }
        System.arraycopy(positions, i, positions, i + 1, positionCount - i);
        positions[i] = k;
        positionCount++;
    }
}
