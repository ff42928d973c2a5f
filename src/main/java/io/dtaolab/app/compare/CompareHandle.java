package io.dtaolab.app.compare;

import io.dtaolab.engine.BlockSummary;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.compare.Comparison;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One comparison known to this process: its request, state, blocks done per preset (written by its run thread)
 * and, once finished, the side-by-side result.
 */
public final class CompareHandle {
    private final String id;
    private final CompareRequest request;
    private final Instant createdAt = Instant.now();
    private final RunControl control = new RunControl();
    private final AtomicLongArray blocksDone;
    private volatile CompareState state = CompareState.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant endedAt;
    private volatile Comparison result;
    private volatile String error;

    CompareHandle(String id, CompareRequest request) {
        this.id = id;
        this.request = request;
        this.blocksDone = new AtomicLongArray(request.presets().size());
    }

    public String id() {
        return id;
    }

    public CompareRequest request() {
        return request;
    }

    public CompareState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public Optional<Comparison> result() {
        return Optional.ofNullable(result);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** Blocks stepped under the preset at {@code index} (of {@link CompareRequest#blocks()}). */
    public long blocksDone(int index) {
        return blocksDone.get(index);
    }

    /** Fraction done over every preset, 0..1. */
    public double progress() {
        if (state == CompareState.FINISHED) {
            return 1;
        }
        long total = 0;
        for (int i = 0; i < blocksDone.length(); i++) {
            total += blocksDone.get(i);
        }
        return Math.min(1, (double) total / (Math.max(1, request.blocks()) * blocksDone.length()));
    }

    /** Seconds to the end at the pace so far, while running. */
    public Optional<Double> etaSeconds() {
        double p = progress();
        Instant start = startedAt;
        if (state != CompareState.RUNNING || start == null || p <= 0) {
            return Optional.empty();
        }
        double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        return Optional.of(elapsed * (1 - p) / p);
    }

    RunControl control() {
        return control;
    }

    RunListener listener(String preset) {
        int index = request.presets().indexOf(preset);
        return new RunListener() {
            @Override
            public void onBlock(BlockSummary summary) {
                blocksDone.set(index, summary.blockIndex());
            }
        };
    }

    /** Queued → running; false when it was cancelled while queued. */
    synchronized boolean start() {
        if (state != CompareState.QUEUED) {
            return false;
        }
        state = CompareState.RUNNING;
        startedAt = Instant.now();
        return true;
    }

    synchronized void cancel() {
        control.cancel();
        if (state == CompareState.QUEUED) {
            end(CompareState.CANCELLED, null, null);
        }
    }

    synchronized void end(CompareState end, Comparison comparison, String failure) {
        result = comparison;
        error = failure;
        endedAt = Instant.now();
        state = end;
    }
}
