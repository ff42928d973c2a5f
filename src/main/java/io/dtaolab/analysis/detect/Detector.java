package io.dtaolab.analysis.detect;

/**
 * One manipulation detector. It sees only the monitor's view (coldkeys and their funding, trades executed and failed, weights, votes, prices) and reports a
 * score per subnet through its {@link AlarmGate}, which raises an alarm when the score reaches the threshold.
 */
public interface Detector {
    String name();

    /** Score at or above which an alarm is raised unless overridden. */
    double defaultThreshold();

    default void onTrade(TradeEvent t, AlarmGate gate) {
    }

    default void onWeights(WeightEvent w, AlarmGate gate) {
    }

    default void onFailedTrade(FailedTradeEvent f, AlarmGate gate) {
    }

    default void onFunding(FundingEvent f, AlarmGate gate) {
    }

    default void onVote(VoteEvent v, AlarmGate gate) {
    }

    default void onRootStake(RootStakeEvent s, AlarmGate gate) {
    }
}
