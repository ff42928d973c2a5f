package io.dtaolab.engine;

import io.dtaolab.chain.Rao;

/**
 * An adversary's result split into what it was paid and what its trading consumed, exact in RAO, so that
 * {@code pnl = rewards − cost} holds to the RAO.
 *
 * <p>Per subnet n, with B = TAO paid for buys (fees included), S = TAO received from sells, b = alpha bought,
 * g = alpha given up (sold or destroyed), H0/H = alpha held at start/end and X0/X = what H0/H would realise sold
 * through the pool: the alpha it received without buying is R = H − H0 − b + g (emission, dividends). All alpha
 * that passed through its hands (H0 + b + R = g + H) realised S + X, and the rewards are R's pro-rata part of
 * that, floor((S + X)·R / (g + H)). The trading cost on n is what went in minus what the non-reward alpha got
 * back: B + X0 − (S + X − rewards). TAO that reached it outside trades (root dividends, refunds; "other") counts
 * as reward when positive and as cost when negative.
 */
public record AdversaryEconomics(long pnlRao, long rewardsRao, long costRao, long feesRao, long otherTaoRao) {

    /** Cost minus fees: the price impact the adversary paid and did not get back (negative: trading gained). */
    public long netSlippageRao() {
        return costRao - feesRao;
    }

    /** Rewards that would exactly cover the cost (0 when trading did not cost anything). */
    public long breakEvenRewardsRao() {
        return Math.max(0, costRao);
    }

    public static AdversaryEconomics of(PartyHoldings start, PartyHoldings end, long[] exitStart, long[] exitEnd,
                                        TradeFlows flows) {
        int width = Math.max(Math.max(start.alphaRao().length, end.alphaRao().length), exitEnd.length);
        long rewards = 0;
        long cost = 0;
        long tradedTaoNet = 0;
        for (int n = 1; n < width; n++) {
            long paid = flows.taoPaid(n);
            long got = flows.taoReceived(n);
            long bought = flows.alphaBought(n);
            long givenUp = flows.alphaGivenUp(n);
            long h0 = start.alpha(n);
            long h = end.alpha(n);
            long x0 = WorldLedger.at(exitStart, n);
            long x = WorldLedger.at(exitEnd, n);
            long received = h - h0 - bought + givenUp;
            long proceeds = got + x;
            long reward = received > 0 && proceeds > 0 ? Rao.mulDiv(proceeds, received, givenUp + h) : 0;
            rewards += reward;
            cost += paid + x0 - (proceeds - reward);
            tradedTaoNet += got - paid;
        }
        long other = end.taoRao() - start.taoRao() - tradedTaoNet;
        if (other >= 0) {
            rewards += other;
        } else {
            cost -= other;
        }
        long pnl = sum(exitEnd) - sum(exitStart);
        return new AdversaryEconomics(pnl, rewards, cost, flows.feesRao(), other);
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s = Math.addExact(s, v);
        }
        return s;
    }
}
