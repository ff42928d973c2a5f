package io.dtaolab.engine;

import java.util.ArrayDeque;

/**
 * The attack world's listener events waiting for the twin. Each {@link BlockSummary} carries the twin's target
 * share, so when the attack world runs ahead of the twin (within the granted tempo) the summaries of the blocks the
 * twin has not stepped yet wait here, with the trades that came after them, and leave in the order (and with the
 * values) a run on one thread gives them as soon as the twin has done those blocks. Only the wall-clock field
 * (blocks per second) is taken when a summary leaves. Used on the run's thread only.
 */
final class AwaitingTwin {
    private final RunListener listener;
    private final long blocks;
    private final int target;
    /** By block index modulo the tempo: a summary waits at most until the tempo's end. */
    private final long[] chainBlock;
    private final double[] attackShare;
    private final int[] tradesBefore;
    private final ArrayDeque<Trade> trades = new ArrayDeque<>();
    private long delivered;
    private long queued;
    private int tradesSinceQueued;

    AwaitingTwin(RunListener listener, long blocks, int tempo, int target) {
        this.listener = listener;
        this.blocks = blocks;
        this.target = target;
        this.chainBlock = new long[tempo];
        this.attackShare = new double[tempo];
        this.tradesBefore = new int[tempo];
    }

    /** An executed trade of the attack world: to the listener now unless a block before it still waits. */
    void trade(Trade t) {
        if (queued == delivered) {
            listener.onTrade(t);
        } else {
            trades.addLast(t);
            tradesSinceQueued++;
        }
    }

    /** Block index {@code i} of the attack world is done; its summary waits for the twin's share. */
    void block(long i, long chain, double attackTargetShare) {
        int s = slot(i);
        chainBlock[s] = chain;
        attackShare[s] = attackTargetShare;
        tradesBefore[s] = tradesSinceQueued;
        tradesSinceQueued = 0;
        queued = i;
    }

    /** Hands over the waiting summaries (and the trades before each) through block index {@code twinDone}. */
    void deliverThrough(long twinDone, TwinThread twin, long loopStart) {
        long last = Math.min(twinDone, queued);
        for (long b = delivered + 1; b <= last; b++) {
            int s = slot(b);
            for (int k = tradesBefore[s]; k > 0; k--) {
                listener.onTrade(trades.removeFirst());
            }
            double elapsed = (System.nanoTime() - loopStart) / 1e9;
            listener.onBlock(new BlockSummary(b, blocks, chainBlock[s], elapsed > 0 ? b / elapsed : 0, attackShare[s],
                    target > 0 ? twin.targetShare(b) : 0));
            delivered = b;
        }
    }

    /** Block index {@code i} was handed to the listener directly (no twin thread), nothing waiting before it. */
    void deliveredDirectly(long i) {
        delivered = i;
        queued = i;
    }

    /** The last block index whose summary waits, or the last delivered when none does. */
    long queued() {
        return queued;
    }

    boolean waiting() {
        return queued > delivered;
    }

    private int slot(long i) {
        return (int) ((i - 1) % chainBlock.length);
    }
}
