package io.dtaolab.experiment.market;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The honest-only twin of a strategy over consecutive seeds: the same network and honest population with the
 * adversaries left out (the world a twin is; their dormant coldkeys move no price), and the largest daily move of
 * each seed. Seeds run on a pool of threads, one world each; results come back in seed order.
 */
public final class StabilityCheck {
    /** The bound: no subnet of an honest-only network should move more than this within a day. */
    public static final double MAX_DAILY_RATIO = 3;

    private StabilityCheck() {
    }

    /** One seed's outcome. */
    public record SeedMove(long seed, DailyMove move) {
        public boolean withinBound() {
            return move.ratio() <= MAX_DAILY_RATIO;
        }
    }

    /** The strategy as its honest-only twin: no adversaries, no second world. */
    public static StrategySpec honestOnly(StrategySpec s) {
        return s.honestOnly();
    }

    public static SeedMove one(StrategySpec spec, Mechanism m, long seed, long blocks) throws InterruptedException {
        RunData data = RunPipeline.execute(RunOrder.of(honestOnly(spec), m, seed, blocks)
                        .withDetectors(false).withWorldThreads(1),
                new RunControl(), RunListener.NONE, AlarmSink.NONE).data();
        return new SeedMove(seed, DailyMove.largest(data.attack()));
    }

    public static List<SeedMove> run(StrategySpec spec, Mechanism m, long firstSeed, int seeds, long blocks, int threads)
            throws InterruptedException {
        return run(spec, m, firstSeed, seeds, blocks, threads, move -> { });
    }

    /** As {@link #run(StrategySpec, Mechanism, long, int, long, int)}, telling {@code done} of each seed in seed order. */
    public static List<SeedMove> run(StrategySpec spec, Mechanism m, long firstSeed, int seeds, long blocks, int threads,
                                     java.util.function.Consumer<SeedMove> done) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, seeds)), r -> {
            Thread t = new Thread(r, "stability");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SeedMove>> futures = new ArrayList<>();
            for (int i = 0; i < seeds; i++) {
                long seed = firstSeed + i;
                futures.add(pool.submit(() -> one(spec, m, seed, blocks)));
            }
            List<SeedMove> out = new ArrayList<>();
            for (Future<SeedMove> f : futures) {
                try {
                    out.add(f.get());
                    done.accept(out.get(out.size() - 1));
                } catch (ExecutionException e) {
                    throw new IllegalStateException("honest-only run failed: " + e.getCause(), e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
