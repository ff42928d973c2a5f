package io.dtaolab.experiment.battery;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Presets;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.compare.PresetResult;
import io.dtaolab.experiment.detect.MonitoredRun;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Every attack on every preset: one monitored run per (strategy, preset) cell, with the strategy's own overrides
 * applied to each preset and its own seed, on a thread pool. A cell whose overrides do not fit a preset, or whose
 * run fails, carries the error instead of a result.
 */
public final class Battery {
    private Battery() {
    }

    /** {@code blocks}: run length of every cell (0 = each strategy's own); {@code done} hears each finished cell's count. */
    public static BatteryResult run(List<StrategySpec> attacks, List<String> presets, long blocks, int threads, RunControl control,
                                    IntConsumer done) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "battery");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<BatteryResult.Cell>>> futures = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
            for (StrategySpec s : attacks) {
                List<Future<BatteryResult.Cell>> row = new ArrayList<>();
                for (String preset : presets) {
                    row.add(pool.submit(() -> {
                        BatteryResult.Cell c = cell(s, preset, blocks > 0 ? blocks : s.blocks(), control);
                        done.accept(finished.incrementAndGet());
                        return c;
                    }));
                }
                futures.add(row);
            }
            List<List<BatteryResult.Cell>> cells = new ArrayList<>();
            for (List<Future<BatteryResult.Cell>> row : futures) {
                List<BatteryResult.Cell> out = new ArrayList<>();
                for (Future<BatteryResult.Cell> f : row) {
                    out.add(get(f));
                }
                cells.add(out);
            }
            return new BatteryResult(attacks.stream().map(StrategySpec::name).toList(), presets, cells);
        } finally {
            pool.shutdownNow();
        }
    }

    private static BatteryResult.Cell cell(StrategySpec s, String preset, long blocks, RunControl control) throws InterruptedException {
        Mechanism mechanism;
        try {
            mechanism = Presets.get(preset).override(s.overrides());
        } catch (RuntimeException e) {
            return new BatteryResult.Cell(null, "overrides do not fit: " + e.getMessage());
        }
        MonitoredRun.Result r = MonitoredRun.execute(s, mechanism, s.seed(), blocks, control, RunListener.NONE, AlarmSink.NONE);
        if (r.data().interrupted()) {
            throw new InterruptedException("battery cancelled");
        }
        return new BatteryResult.Cell(PresetResult.of(preset, r), null);
    }

    private static BatteryResult.Cell get(Future<BatteryResult.Cell> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException ie) {
                throw ie;
            }
            return new BatteryResult.Cell(null, "failed: " + e.getCause());
        }
    }
}
