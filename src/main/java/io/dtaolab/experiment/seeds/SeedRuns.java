package io.dtaolab.experiment.seeds;

import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.Run;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.detect.MonitoredRun;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.scenario.StrategySpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * One strategy under one mechanism over N consecutive seeds (the file's seed, +1, …), on a pool of threads (each
 * run steps both its worlds on its own thread, so seeds, not worlds, share the cores). Each seed writes its own
 * run directory {@code seed-<seed>/}; the summary is the same whatever the thread count or finishing order.
 */
public final class SeedRuns {
    private SeedRuns() {
    }

    /** How to run: seeds from {@code firstSeed}, {@code threads} at a time, detectors on or off. */
    public record Options(long firstSeed, int seeds, long blocks, int threads, boolean detectors, OrderingPolicy ordering) {
        public Options {
            if (seeds < 1 || threads < 1) {
                throw new IllegalArgumentException("seeds and threads must be at least 1");
            }
        }
    }

    public static SeedSummary run(StrategySpec spec, Mechanism mechanism, Options o, Path dir, String strategySha256,
                                  RunControl control, IntConsumer onSeedDone) throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(o.threads(), o.seeds()), r -> {
            Thread t = new Thread(r, "seed-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunMeasures>> futures = new ArrayList<>();
            for (int i = 0; i < o.seeds(); i++) {
                long seed = o.firstSeed() + i;
                futures.add(pool.submit(() -> {
                    RunMeasures m = one(spec, mechanism, seed, o, dir.resolve("seed-" + seed), strategySha256, control);
                    onSeedDone.accept((int) (seed - o.firstSeed()));
                    return m;
                }));
            }
            List<RunMeasures> all = new ArrayList<>();
            for (Future<RunMeasures> f : futures) {
                try {
                    all.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof InterruptedException ie) {
                        throw ie;
                    }
                    throw new IllegalStateException("seed run failed: " + cause, cause);
                }
            }
            SeedSummary summary = SeedSummary.of(spec.name(), mechanism.name(), o.blocks(), all);
            SeedFiles.write(dir, summary);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunMeasures one(StrategySpec spec, Mechanism mechanism, long seed, Options o, Path dir, String sha,
                                   RunControl control) throws InterruptedException, IOException {
        if (!o.detectors()) {
            RunData data = new Run(spec, mechanism, seed, o.blocks(), o.ordering(), control, RunListener.NONE)
                    .worldThreads(1).execute();
            return RunArtifacts.write(dir, data, sha, false);
        }
        MonitoredRun.Result r = MonitoredRun.execute(spec, mechanism, seed, o.blocks(), o.ordering(), control,
                RunListener.NONE, AlarmSink.NONE, Map.of(), 1);
        return RunArtifacts.write(dir, r.data(), sha, false, r.detection());
    }
}
