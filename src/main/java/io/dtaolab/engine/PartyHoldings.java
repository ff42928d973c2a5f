package io.dtaolab.engine;

/** What one party holds at a point in time, exact: TAO (free balances and root stake) and alpha by netuid. */
public record PartyHoldings(long taoRao, long[] alphaRao) {

    public long alpha(int netuid) {
        return netuid < alphaRao.length ? alphaRao[netuid] : 0;
    }
}
