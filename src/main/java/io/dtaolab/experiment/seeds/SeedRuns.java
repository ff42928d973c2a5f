package io.dtaolab.experiment.seeds;

import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.RunDirectory;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.experiment.SpareCores;
import io.dtaolab.scenario.StrategySpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * One strategy under one mechanism over N consecutive seeds (the file's seed, +1, …), on a pool of threads (each
 * run steps both its worlds on its own thread, so seeds, not worlds, share the cores; the last runs, once a thread has
 * nothing left to start, step their twin on that thread's core). Each seed writes its own
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
        // once every seed has started, a run finding a thread's core idle moves its twin there
        SpareCores spare = new SpareCores(o.seeds(), o.threads());
        try {
            List<Future<RunMeasures>> futures = new ArrayList<>();
            for (int i = 0; i < o.seeds(); i++) {
                long seed = o.firstSeed() + i;
                futures.add(pool.submit(() -> {
                    SpareCores.Lease lease = spare.start();
                    try {
                        RunMeasures m = one(spec, mechanism, seed, o, dir.resolve("seed-" + seed), strategySha256,
                                control, lease);
                        onSeedDone.accept((int) (seed - o.firstSeed()));
                        return m;
                    } finally {
                        lease.end();
                    }
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
                                   RunControl control, BooleanSupplier spareCore) throws InterruptedException, IOException {
        RunOrder order = RunOrder.of(spec, mechanism, seed, o.blocks()).withOrdering(o.ordering())
                .withDetectors(o.detectors()).withWorldThreads(1).withSpareCore(spareCore);
        return RunPipeline.run(order, control, RunListener.NONE, AlarmSink.NONE, RunDirectory.reportsOnly(dir, sha))
                .measures();
    }
}
