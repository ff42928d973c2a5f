package io.dtaolab.analysis.detect;

/**
 * A stake trade the chain included but refused (see {@link io.dtaolab.engine.MonitorTrace#failedTrade}): a buy asking
 * {@code amount} TAO or a sell asking {@code amount} alpha; nothing moved.
 */
public record FailedTradeEvent(long block, int position, int coldkey, int netuid, boolean buy, double amount) {
}
