package io.dtaolab.engine;

import java.util.Arrays;

/**
 * What an agent (or a class of agents) moved through the pools, by subnet, exact in RAO: TAO paid for buys
 * (fees included), TAO received from sells (after fees), alpha bought, and alpha given up (sold, moved away or
 * destroyed). Fees paid are kept as one total. Netuids are few per agent, so a short sorted list does.
 */
public final class TradeFlows {
    /**
     * The netuids traded, ascending, in a char array of their own (a busy trader's list of a few dozen is one or two
     * cache lines, searched without touching the rows), and per netuid at the same index one row of {@value #STRIDE}
     * longs (TAO paid, TAO received, alpha bought, alpha given up): a trade reads the key line, then its one row.
     */
    private static final int STRIDE = 4;
    private static final int TAO_PAID = 0;
    private static final int TAO_RECEIVED = 1;
    private static final int ALPHA_BOUGHT = 2;
    private static final int ALPHA_GIVEN_UP = 3;
    private char[] keys = new char[0];
    private long[] rows = new long[0];
    private int count;
    /**
     * The netuid of the last row {@link #slot} returned, and that row's offset: an agent's next trade is often on
     * the same subnet, and then the search is skipped; both fields sit next to {@link #rows}, already read.
     */
    private int lastNetuid = -1;
    private int lastOffset;
    private long feesRao;

    void buy(int netuid, long taoRao, long alphaRao, long feeRao) {
        int o = slot(netuid);
        rows[o + TAO_PAID] += taoRao;
        rows[o + ALPHA_BOUGHT] += alphaRao;
        feesRao += feeRao;
    }

    void sell(int netuid, long alphaRao, long taoRao, long feeRao) {
        int o = slot(netuid);
        rows[o + ALPHA_GIVEN_UP] += alphaRao;
        rows[o + TAO_RECEIVED] += taoRao;
        feesRao += feeRao;
    }

    /** Alpha that left without TAO in return (burned or recycled). */
    void destroy(int netuid, long alphaRao) {
        int o = slot(netuid); // before reading rows: slot may grow it
        rows[o + ALPHA_GIVEN_UP] += alphaRao;
    }

    void addAll(TradeFlows other) {
        for (int j = 0; j < other.count; j++) {
            int from = j * STRIDE;
            int o = slot(other.keys[j]);
            for (int f = 0; f < STRIDE; f++) {
                rows[o + f] += other.rows[from + f];
            }
        }
        feesRao += other.feesRao;
    }

    /** Netuids traded, ascending. */
    public int[] netuids() {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = keys[i];
        }
        return out;
    }

    public long taoPaid(int netuid) {
        return field(netuid, TAO_PAID);
    }

    public long taoReceived(int netuid) {
        return field(netuid, TAO_RECEIVED);
    }

    public long alphaBought(int netuid) {
        return field(netuid, ALPHA_BOUGHT);
    }

    public long alphaGivenUp(int netuid) {
        return field(netuid, ALPHA_GIVEN_UP);
    }

    public long totalTaoPaid() {
        return total(TAO_PAID);
    }

    public long totalTaoReceived() {
        return total(TAO_RECEIVED);
    }

    public long feesRao() {
        return feesRao;
    }

    private long field(int netuid, int field) {
        int i = find(netuid);
        return i < 0 ? 0 : rows[i * STRIDE + field];
    }

    private long total(int field) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += rows[i * STRIDE + field];
        }
        return sum;
    }

    /** The row index of {@code netuid}, or -(insertion point) - 1 (as {@link java.util.Arrays#binarySearch}). */
    private int find(int netuid) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = keys[mid];
            if (v < netuid) {
                lo = mid + 1;
            } else if (v > netuid) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** The offset of {@code netuid}'s row, a zero row inserted in order when it has none. */
    private int slot(int netuid) {
        if (netuid == lastNetuid) {
            return lastOffset;
        }
        int i = find(netuid);
        if (i >= 0) {
            lastNetuid = netuid;
            lastOffset = i * STRIDE;
            return lastOffset;
        }
        if (netuid < 0 || netuid > Character.MAX_VALUE) {
            throw new IllegalArgumentException("netuid " + netuid);
        }
        int at = -i - 1;
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(4, 2 * count));
            rows = Arrays.copyOf(rows, keys.length * STRIDE);
        }
        System.arraycopy(keys, at, keys, at + 1, count - at);
        System.arraycopy(rows, at * STRIDE, rows, (at + 1) * STRIDE, (count - at) * STRIDE);
        int o = at * STRIDE;
        Arrays.fill(rows, o, o + STRIDE, 0);
        keys[at] = (char) netuid;
        count++;
        lastNetuid = netuid; // the rows after it moved: the one remembered may have been among them
        lastOffset = o;
        return o;
    }
}
