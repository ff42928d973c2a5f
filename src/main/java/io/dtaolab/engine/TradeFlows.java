package io.dtaolab.engine;

import java.util.Arrays;

/**
 * What an agent (or a class of agents) moved through the pools, by subnet, exact in RAO: TAO paid for buys
 * (fees included), TAO received from sells (after fees), alpha bought, and alpha given up (sold, moved away or
 * destroyed). Fees paid are kept as one total.
 */
public final class TradeFlows {
    /**
     * Per netuid traded, ascending, one row of {@value #STRIDE} longs (netuid, TAO paid, TAO received, alpha bought,
     * alpha given up): a trade's update touches one row of one array, not five arrays.
     */
    private static final int STRIDE = 5;
    private static final int TAO_PAID = 1;
    private static final int TAO_RECEIVED = 2;
    private static final int ALPHA_BOUGHT = 3;
    private static final int ALPHA_GIVEN_UP = 4;
    private long[] rows = new long[0];
    private int count;
    /**
     * By netuid: its row's index + 1, 0 for none. A busy trader's rows span many cache lines, which a binary search
     * touched one by one (cold, between two trades of the same agent); the index is one read before the row's.
     */
    private char[] rowOf = new char[0];
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
            int o = slot((int) other.rows[from]);
            for (int f = 1; f < STRIDE; f++) {
                rows[o + f] += other.rows[from + f];
            }
        }
        feesRao += other.feesRao;
    }

    /** Netuids traded, ascending. */
    public int[] netuids() {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = (int) rows[i * STRIDE];
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

    /** The row index of {@code netuid}, or -1. */
    private int find(int netuid) {
        return netuid >= 0 && netuid < rowOf.length ? rowOf[netuid] - 1 : -1;
    }

    /** The offset of {@code netuid}'s row, a zero row inserted in order when it has none. */
    private int slot(int netuid) {
        int i = find(netuid);
        if (i >= 0) {
            return i * STRIDE;
        }
        return insert(netuid);
    }

    private int insert(int netuid) {
        if (netuid < 0 || netuid >= Character.MAX_VALUE) {
            throw new IllegalArgumentException("netuid out of range: " + netuid);
        }
        if (netuid >= rowOf.length) {
            // room for every netuid of today's networks at once (a later growth would be a rare branch taken late)
            rowOf = Arrays.copyOf(rowOf, Math.max(256, Math.max(netuid + 1, 2 * rowOf.length)));
        }
        int at = 0;
        while (at < count && rows[at * STRIDE] < netuid) {
            at++;
        }
        if ((count + 1) * STRIDE > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(2 * STRIDE, 2 * rows.length));
        }
        System.arraycopy(rows, at * STRIDE, rows, (at + 1) * STRIDE, (count - at) * STRIDE);
        int o = at * STRIDE;
        Arrays.fill(rows, o, o + STRIDE, 0);
        rows[o] = netuid;
        count++;
        for (int j = at; j < count; j++) {
            rowOf[(int) rows[j * STRIDE]] = (char) (j + 1);
        }
        return o;
    }
}
