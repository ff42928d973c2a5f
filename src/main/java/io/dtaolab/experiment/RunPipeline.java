package io.dtaolab.experiment;

import io.dtaolab.analysis.EventsFile;
import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.analysis.detect.DetectorBank;
import io.dtaolab.analysis.detect.RunDetection;
import io.dtaolab.analysis.detect.WorldDetection;
import io.dtaolab.engine.Run;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.scenario.DetectorSettings;
import io.dtaolab.scenario.OutputSpec;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one way a strategy is executed: a {@link RunOrder} run under its mechanism, with the detector bank on both
 * worlds unless the order switches it off, and, for {@link #run}, its run directory written (the only place run directories are written). The CLI, the service, preset
 * comparisons, sweeps and detector evaluation all call this; they differ only in the listener, the alarm sink and
 * where (or whether) the run directory goes.
 */
public final class RunPipeline {
    private RunPipeline() {
    }

    /**
     * What one run produced. {@code attack}, {@code twin} and {@code detection} are null when the detectors were
     * off; {@code twin} is also null when the strategy has no twin.
     */
    public record Result(RunData data, WorldDetection attack, WorldDetection twin, RunDetection detection) {
    }

    /**
     * Runs the order on the calling thread (its single writer). Attack-world alarms also go live to {@code alarms}
     * (the hook for SSE and metrics); twin alarms are only collected.
     */
    public static Result execute(RunOrder order, RunControl control, RunListener listener, AlarmSink alarms)
            throws InterruptedException {
        if (!order.detectors()) {
            return new Result(newRun(order, control, listener).execute(), null, null, null);
        }
        boolean twin = order.spec().twin();
        return execute(order, control, listener, bank(order, alarms), twin ? bank(order, AlarmSink.NONE) : null);
    }

    /**
     * The detectors the strategy's {@code detectors:} section enables, at its thresholds, with the order's thresholds
     * (if any) taking precedence.
     */
    private static DetectorBank bank(RunOrder order, AlarmSink alarms) {
        DetectorSettings settings = order.spec().detectors();
        Map<String, Double> thresholds = new HashMap<>(settings.thresholds());
        thresholds.putAll(order.thresholds());
        return new DetectorBank(DetectorBank.standard().stream().filter(d -> settings.enabled(d.name())).toList(),
                thresholds, alarms);
    }

    /**
     * Runs the order with the given detector banks watching the attack world and the twin ({@code twinBank} null
     * when the strategy has no twin); detector evaluation uses it to trace every score.
     */
    public static Result execute(RunOrder order, RunControl control, RunListener listener, DetectorBank attackBank,
                                 DetectorBank twinBank) throws InterruptedException {
        boolean twin = twinBank != null;
        RunData data = newRun(order, control, listener).monitor(attackBank, twinBank).execute();
        WorldDetection a = attackBank.result();
        WorldDetection t = twin ? twinBank.result() : null;
        return new Result(data, a, t, RunDetection.of(data, a, t));
    }

    private static Run newRun(RunOrder order, RunControl control, RunListener listener) {
        Run run = new Run(order.spec(), order.mechanism(), order.seed(), order.blocks(), order.ordering(), control, listener);
        if (order.worldThreads() > 0) {
            run.worldThreads(order.worldThreads());
        }
        if (order.warm() != null) {
            run.warmFrom(order.warm());
        }
        if (order.spareCore() != null) {
            run.twinThreadWhen(order.spareCore());
        }
        return run;
    }

    /** A run and its run directory: what {@link #run} returns. */
    public record Written(Result result, RunMeasures measures) {
        public RunData data() {
            return result.data();
        }
    }

    /**
     * Executes the order, then writes its run directory: manifest.json, report.json, report.md, report.html and, when
     * the directory asks for them, series.csv and events.jsonl (streamed during the run, committed after); an
     * interrupted run's directory covers what ran.
     */
    public static Written run(RunOrder order, RunControl control, RunListener listener, AlarmSink alarms,
                              RunDirectory dir) throws InterruptedException, IOException {
        OutputSpec outputs = order.spec().outputs();
        try (EventsFile events = dir.events() ? EventsFile.open(dir.path(), outputs.tradeEventMinRao()) : null) {
            Result result = execute(order, control, events == null ? listener : events.around(listener), alarms);
            RunMeasures measures = RunArtifacts.write(dir.path(), result.data(), dir.strategySha256(), dir.series(),
                    result.detection());
            if (events != null) {
                events.commit();
            }
            return new Written(result, measures);
        }
    }
}
