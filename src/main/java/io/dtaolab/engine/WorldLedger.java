package io.dtaolab.engine;

import java.util.List;

/**
 * A world's accounts at the run's start and end: every party's holdings (together they hold every RAO of TAO
 * and every alpha the chain counts), the spot prices of both moments in RAO per alpha (root = 1 TAO), the
 * chain's own totals, and what each party moved through the pools.
 */
public record WorldLedger(String world, List<Party> parties, long[] priceStartRao, long[] priceEndRao,
                          long taoTotalStartRao, long taoTotalEndRao, long[] alphaTotalStartRao,
                          long[] alphaTotalEndRao) {

    /** Party kinds, in the order parties are listed. */
    public enum Kind { ADVERSARY, HONEST, OTHER_HOLDERS, POOLS, PROTOCOL, BLOCK_AUTHOR, BURN, SHARE_DUST }

    /** One party: an adversary, an honest class, or one of the chain's own holders. */
    public record Party(String name, Kind kind, PartyHoldings start, PartyHoldings end, TradeFlows flows) {
    }

    public static long at(long[] byNetuid, int netuid) {
        return netuid < byNetuid.length ? byNetuid[netuid] : 0;
    }
}
