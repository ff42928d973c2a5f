package io.dtaolab.engine;

import java.util.Arrays;

/**
 * What an agent (or a class of agents) moved through the pools, by subnet, exact in RAO: TAO paid for buys
 * (fees included), TAO received from sells (after fees), alpha bought, and alpha given up (sold, moved away or
 * destroyed). Fees paid are kept as one total. Netuids are few per agent, so a short sorted list does.
 */
public final class TradeFlows {
    private int[] netuids = new int[0];
    private long[] taoPaid = new long[0];
    private long[] taoReceived = new long[0];
    private long[] alphaBought = new long[0];
    private long[] alphaGivenUp = new long[0];
    private long feesRao;

    void buy(int netuid, long taoRao, long alphaRao, long feeRao) {
        int i = slot(netuid);
        taoPaid[i] += taoRao;
        alphaBought[i] += alphaRao;
        feesRao += feeRao;
    }

    void sell(int netuid, long alphaRao, long taoRao, long feeRao) {
        int i = slot(netuid);
        alphaGivenUp[i] += alphaRao;
        taoReceived[i] += taoRao;
        feesRao += feeRao;
    }

    /** Alpha that left without TAO in return (burned or recycled). */
    void destroy(int netuid, long alphaRao) {
        alphaGivenUp[slot(netuid)] += alphaRao;
    }

    void addAll(TradeFlows other) {
        for (int j = 0; j < other.netuids.length; j++) {
            int i = slot(other.netuids[j]);
            taoPaid[i] += other.taoPaid[j];
            taoReceived[i] += other.taoReceived[j];
            alphaBought[i] += other.alphaBought[j];
            alphaGivenUp[i] += other.alphaGivenUp[j];
        }
        feesRao += other.feesRao;
    }

    /** Netuids traded, ascending. */
    public int[] netuids() {
        return netuids.clone();
    }

    public long taoPaid(int netuid) {
        int i = find(netuid);
        return i < 0 ? 0 : taoPaid[i];
    }

    public long taoReceived(int netuid) {
        int i = find(netuid);
        return i < 0 ? 0 : taoReceived[i];
    }

    public long alphaBought(int netuid) {
        int i = find(netuid);
        return i < 0 ? 0 : alphaBought[i];
    }

    public long alphaGivenUp(int netuid) {
        int i = find(netuid);
        return i < 0 ? 0 : alphaGivenUp[i];
    }

    public long totalTaoPaid() {
        return Arrays.stream(taoPaid).sum();
    }

    public long totalTaoReceived() {
        return Arrays.stream(taoReceived).sum();
    }

    public long feesRao() {
        return feesRao;
    }

    private int find(int netuid) {
        return Arrays.binarySearch(netuids, netuid);
    }

    private int slot(int netuid) {
        int i = find(netuid);
        if (i >= 0) {
            return i;
        }
        int at = -i - 1;
        netuids = insert(netuids, at, netuid);
        taoPaid = insert(taoPaid, at);
        taoReceived = insert(taoReceived, at);
        alphaBought = insert(alphaBought, at);
        alphaGivenUp = insert(alphaGivenUp, at);
        return at;
    }

    private static int[] insert(int[] a, int at, int v) {
        int[] out = new int[a.length + 1];
        System.arraycopy(a, 0, out, 0, at);
        out[at] = v;
        System.arraycopy(a, at, out, at + 1, a.length - at);
        return out;
    }

    private static long[] insert(long[] a, int at) {
        long[] out = new long[a.length + 1];
        System.arraycopy(a, 0, out, 0, at);
        System.arraycopy(a, at, out, at + 1, a.length - at);
        return out;
    }
}
