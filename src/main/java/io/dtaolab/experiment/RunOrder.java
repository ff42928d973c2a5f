package io.dtaolab.experiment;

import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.scenario.StrategySpec;
import java.util.Map;

/**
 * One run to execute: a validated strategy under one of its mechanisms (overrides already applied), seed and length,
 * the mempool ordering, whether the detector bank watches, and per-detector threshold overrides.
 */
public record RunOrder(StrategySpec spec, Mechanism mechanism, long seed, long blocks, OrderingPolicy ordering,
                       boolean detectors, Map<String, Double> thresholds) {

    public RunOrder {
        thresholds = Map.copyOf(thresholds);
    }

    /** Fee-priority ordering, detectors on with their default thresholds. */
    public static RunOrder of(StrategySpec spec, Mechanism mechanism, long seed, long blocks) {
        return new RunOrder(spec, mechanism, seed, blocks, OrderingPolicy.FEE_PRIORITY, true, Map.of());
    }

    public RunOrder withOrdering(OrderingPolicy policy) {
        return new RunOrder(spec, mechanism, seed, blocks, policy, detectors, thresholds);
    }

    public RunOrder withDetectors(boolean on) {
        return new RunOrder(spec, mechanism, seed, blocks, ordering, on, thresholds);
    }

    public RunOrder withThresholds(Map<String, Double> perDetector) {
        return new RunOrder(spec, mechanism, seed, blocks, ordering, detectors, perDetector);
    }
}
