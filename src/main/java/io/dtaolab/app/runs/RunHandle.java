package io.dtaolab.app.runs;

import io.dtaolab.analysis.detect.Alarm;
import io.dtaolab.engine.BlockSummary;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.TempoReport;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A run known to this process: its record (state, timing), and, while it is live, the control the API commands
 * go through and the latest-value snapshots its thread publishes. Stored runs loaded at startup have no control.
 */
public final class RunHandle {
    private final RunRequest request;
    private final RunControl control;
    private final RateMeter rate = new RateMeter();
    private volatile RunRecord record;
    private volatile String preset;
    private volatile int presetIndex;
    private volatile BlockSummary lastBlock;
    private volatile TempoReport lastTempo;
    private volatile long blocksSimulated;
    private final AtomicInteger alarms = new AtomicInteger();
    private volatile FirstAlarm firstAlarm;

    public RunHandle(RunRecord record, RunRequest request) {
        this.record = record;
        this.request = request;
        this.control = request == null ? null : new RunControl();
        this.preset = record.presets().isEmpty() ? "" : record.presets().get(0);
        if (control != null && request.speed() > 0) {
            control.pace(request.speed());
        }
    }

    public String id() {
        return record.id();
    }

    public RunRecord record() {
        return record;
    }

    public RunState state() {
        return record.state();
    }

    public boolean live() {
        return control != null && !record.state().terminal();
    }

    public Optional<RunRequest> request() {
        return Optional.ofNullable(request);
    }

    public RunControl control() {
        return control;
    }

    public synchronized RunRecord update(UnaryOperator<RunRecord> change) {
        record = change.apply(record);
        return record;
    }

    /** Called on the run thread before each preset of the strategy. */
    public void beginPreset(int index, String name) {
        presetIndex = index;
        preset = name;
        lastTempo = null;
    }

    /** Called on the run thread after every block. */
    public void observe(BlockSummary block) {
        lastBlock = block;
        blocksSimulated++;
        rate.observe(block.blockIndex(), System.nanoTime());
    }

    public void observe(TempoReport tempo) {
        lastTempo = tempo;
    }

    /** Called on the run thread for each attack-world alarm. */
    public void observe(String preset, Alarm alarm) {
        if (alarms.getAndIncrement() == 0) {
            firstAlarm = new FirstAlarm(preset, alarm);
        }
    }

    /** Attack-world alarms raised by this process's execution of the run (0 for runs loaded from the store). */
    public int alarmCount() {
        return alarms.get();
    }

    public Optional<FirstAlarm> firstAlarm() {
        return Optional.ofNullable(firstAlarm);
    }

    /** The first alarm a live run raised, and under which preset. */
    public record FirstAlarm(String preset, Alarm alarm) {
    }

    public String preset() {
        return preset;
    }

    public Optional<BlockSummary> lastBlock() {
        return Optional.ofNullable(lastBlock);
    }

    public Optional<TempoReport> lastTempo() {
        return Optional.ofNullable(lastTempo);
    }

    /** Blocks stepped so far over all presets of the run (a counter: never goes down). */
    public long blocksSimulated() {
        return blocksSimulated;
    }

    /** Recent blocks per second; 0 unless running. */
    public double blocksPerSecond() {
        return record.state() == RunState.RUNNING ? rate.rate() : 0;
    }

    public double requestedSpeed() {
        return control == null ? record.speed() : control.pace();
    }

    public boolean paused() {
        return control != null && control.paused();
    }

    /** Fraction done over every preset of the run, 0..1. */
    public double progress() {
        RunRecord r = record;
        if (r.state() == RunState.FINISHED) {
            return 1;
        }
        long perPreset = Math.max(1, r.blocks());
        int presets = Math.max(1, r.presets().size());
        long done = lastBlock == null ? r.blocksDone() : presetIndex * perPreset + lastBlock.blockIndex();
        return Math.min(1, (double) done / (perPreset * presets));
    }

    /** Seconds until the end at the recent rate, when running. */
    public Optional<Double> etaSeconds() {
        double rate = blocksPerSecond();
        if (rate <= 0) {
            return Optional.empty();
        }
        RunRecord r = record;
        double remaining = (1 - progress()) * Math.max(1, r.blocks()) * Math.max(1, r.presets().size());
        return Optional.of(remaining / rate);
    }

    public Instant createdAt() {
        return record.createdAt();
    }
}
