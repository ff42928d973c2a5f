package io.dtaolab.experiment;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.scenario.StrategySpec;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One run to execute: a validated strategy under one of its mechanisms (overrides already applied), seed and length,
 * the mempool ordering, whether the detector bank watches, per-detector threshold overrides, and the threads the
 * worlds step on (1 or 2; 0 leaves the engine's default: the twin on its own thread when there are two cores), and
 * where warmed honest worlds are shared between runs that differ only in their adversaries (null: warm alone), and
 * when a one-thread run may move its twin to a second thread at a tempo boundary ({@code spareCore}, asked at each
 * boundary after the fork; null: never).
 */
public record RunOrder(StrategySpec spec, Mechanism mechanism, long seed, long blocks, OrderingPolicy ordering,
                       boolean detectors, Map<String, Double> thresholds, int worldThreads, WarmWorlds warm,
                       BooleanSupplier spareCore) {

    public RunOrder {
        thresholds = Map.copyOf(thresholds);
    }

    /** Fee-priority ordering, detectors on with their default thresholds. */
    public static RunOrder of(StrategySpec spec, Mechanism mechanism, long seed, long blocks) {
        return new RunOrder(spec, mechanism, seed, blocks, OrderingPolicy.FEE_PRIORITY, true, Map.of(), 0, null, null);
    }

    public RunOrder withOrdering(OrderingPolicy policy) {
        return new RunOrder(spec, mechanism, seed, blocks, policy, detectors, thresholds, worldThreads, warm, spareCore);
    }

    public RunOrder withDetectors(boolean on) {
        return new RunOrder(spec, mechanism, seed, blocks, ordering, on, thresholds, worldThreads, warm, spareCore);
    }

    public RunOrder withThresholds(Map<String, Double> perDetector) {
        return new RunOrder(spec, mechanism, seed, blocks, ordering, detectors, perDetector, worldThreads, warm, spareCore);
    }

    public RunOrder withWarmWorlds(WarmWorlds kept) {
        return new RunOrder(spec, mechanism, seed, blocks, ordering, detectors, thresholds, worldThreads, kept, spareCore);
    }

    public RunOrder withWorldThreads(int threads) {
        return new RunOrder(spec, mechanism, seed, blocks, ordering, detectors, thresholds, threads, warm, spareCore);
    }

    /** See {@link io.dtaolab.engine.Run#twinThreadWhen}. */
    public RunOrder withSpareCore(BooleanSupplier spare) {
        return new RunOrder(spec, mechanism, seed, blocks, ordering, detectors, thresholds, worldThreads, warm, spare);
    }
}
