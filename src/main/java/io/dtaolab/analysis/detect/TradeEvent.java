package io.dtaolab.analysis.detect;

/** One executed stake trade as a chain monitor sees it; amounts in TAO and alpha, prices in TAO per alpha. */
public record TradeEvent(long block, int position, int coldkey, int netuid, boolean buy, double tao, double alpha,
                         double priceBefore, double priceAfter, double taoReserve) {
}
