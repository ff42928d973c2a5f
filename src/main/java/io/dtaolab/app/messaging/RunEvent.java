package io.dtaolab.app.messaging;

import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.engine.BlockSummary;
import io.dtaolab.engine.TempoReport;
import io.dtaolab.engine.Trade;

/** What a run publishes on the channels. {@code preset} is the preset being run (several for a compare). */
public sealed interface RunEvent {
    String run();

    String preset();

    /** The run's record after a state change; never dropped. */
    record StateChanged(RunRecord record, String preset, String detail) implements RunEvent {
        @Override
        public String run() {
            return record.id();
        }
    }

    record TempoClosed(String run, String preset, TempoReport report) implements RunEvent {
    }

    record TradeExecuted(String run, String preset, Trade trade) implements RunEvent {
    }

    /** A sampled per-block summary (the latest-value snapshot lives in the run handle). */
    record BlockStepped(String run, String preset, BlockSummary summary) implements RunEvent {
    }

    /** An attack-world detector alarm: chain block, subnet, detector name, score and evidence. */
    record Alarm(String run, String preset, long block, int netuid, String detector, double score, String evidence)
            implements RunEvent {
    }
}
