package io.dtaolab.engine;

/**
 * One adversary's books for the run, exact in RAO: holdings at start and end, what they would realise if sold
 * through the pools at each moment (per netuid; index 0 is TAO, root stake included), what it traded, and the
 * largest TAO value (at spot) of its alpha at any moment, sampled after every trade.
 */
public record AdversaryAccount(String id, String type, int target, long budgetRao, PartyHoldings start,
                               PartyHoldings end, long[] exitStartRao, long[] exitEndRao, TradeFlows flows,
                               double maxCapitalAtRiskTao, long executed, long refused) {

    /** Rewards, cost of attack, fees: the split of the PnL (one definition, also used live every tempo). */
    public AdversaryEconomics economics() {
        return AdversaryEconomics.of(start, end, exitStartRao, exitEndRao, flows);
    }

    public long startValueRao() {
        return sum(exitStartRao);
    }

    public long exitValueRao() {
        return sum(exitEndRao);
    }

    public long pnlRao() {
        return exitValueRao() - startValueRao();
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s = Math.addExact(s, v);
        }
        return s;
    }

    /** What a holding would realise now: TAO as is, each subnet's alpha sold through its pool in one go. */
    static long[] realisable(io.dtaolab.chain.Network net, PartyHoldings h) {
        long[] out = new long[Math.max(net.capacity(), h.alphaRao().length)];
        out[0] = h.taoRao();
        for (int n = 1; n < h.alphaRao().length; n++) {
            if (h.alphaRao()[n] > 0 && net.exists(n)) {
                out[n] = net.quoteSell(n, h.alphaRao()[n]);
            }
        }
        return out;
    }
}
