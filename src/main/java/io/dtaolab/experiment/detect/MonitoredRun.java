package io.dtaolab.experiment.detect;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.analysis.detect.DetectorBank;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.analysis.detect.WorldDetection;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.Run;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.scenario.StrategySpec;
import java.util.Map;

/**
 * A run with the detectors watching both worlds. Attack-world alarms also go live to the given sink (the hook for
 * SSE and metrics); twin alarms are only collected.
 */
public final class MonitoredRun {
    private MonitoredRun() {
    }

    /** The run's data and what the detectors made of each world. */
    public record Result(RunData data, WorldDetection attack, WorldDetection twin, RunDetection detection) {
    }

    public static Result execute(StrategySpec spec, Mechanism mechanism, long seed, long blocks, RunControl control,
                                 RunListener listener, AlarmSink sink) throws InterruptedException {
        return execute(spec, mechanism, seed, blocks, OrderingPolicy.FEE_PRIORITY, control, listener, sink, Map.of());
    }

    /** {@code thresholds}: per detector name, overriding its default. */
    public static Result execute(StrategySpec spec, Mechanism mechanism, long seed, long blocks, OrderingPolicy policy,
                                 RunControl control, RunListener listener, AlarmSink sink,
                                 Map<String, Double> thresholds) throws InterruptedException {
        return execute(spec, mechanism, seed, blocks, policy, control, listener, sink, thresholds, 0);
    }

    /** As above, stepping both worlds on the calling thread when {@code worldThreads} is 1 (runs sharing cores; 0 = the run's default). */
    public static Result execute(StrategySpec spec, Mechanism mechanism, long seed, long blocks, OrderingPolicy policy,
                                 RunControl control, RunListener listener, AlarmSink sink,
                                 Map<String, Double> thresholds, int worldThreads) throws InterruptedException {
        DetectorBank attack = new DetectorBank(thresholds, sink);
        DetectorBank twin = new DetectorBank(thresholds, AlarmSink.NONE);
        Run run = new Run(spec, mechanism, seed, blocks, policy, control, listener)
                .monitor(attack, spec.twin() ? twin : null);
        RunData data = (worldThreads > 0 ? run.worldThreads(worldThreads) : run).execute();
        WorldDetection a = attack.result();
        WorldDetection t = spec.twin() ? twin.result() : null;
        return new Result(data, a, t, RunDetection.of(data, a, t));
    }
}
