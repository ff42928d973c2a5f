package io.dtaolab.app.jobs;

import io.dtaolab.app.messaging.EventBus;
import io.dtaolab.app.messaging.RunEvent;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.engine.BlockSummary;
import io.dtaolab.engine.RunListener;
import io.dtaolab.engine.TempoReport;
import io.dtaolab.engine.Trade;

/** Bridges one preset of a run to the handle's snapshots and the event bus; runs on the run thread, never blocks. */
final class RunEventListener implements RunListener {
    private final RunHandle handle;
    private final String preset;
    private final EventBus bus;
    private final long blockIntervalNanos;
    private long lastBlockSent;

    RunEventListener(RunHandle handle, String preset, EventBus bus, long blockIntervalNanos) {
        this.handle = handle;
        this.preset = preset;
        this.bus = bus;
        this.blockIntervalNanos = blockIntervalNanos;
    }

    @Override
    public void onBlock(BlockSummary summary) {
        handle.observe(summary);
        long now = System.nanoTime();
        if (now - lastBlockSent >= blockIntervalNanos || summary.blockIndex() == summary.blocksPlanned()) {
            lastBlockSent = now;
            bus.publish(new RunEvent.BlockStepped(handle.id(), preset, summary));
        }
    }

    @Override
    public void onTempo(TempoReport report) {
        handle.observe(report);
        bus.publish(new RunEvent.TempoClosed(handle.id(), preset, report));
    }

    @Override
    public void onTrade(Trade trade) {
        bus.publish(new RunEvent.TradeExecuted(handle.id(), preset, trade));
    }
}
