package io.dtaolab.experiment.compare;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.chain.Presets;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.detect.MonitoredRun;
import io.dtaolab.scenario.StrategySpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs one strategy's attack and twin under each named preset (same seed, same length) with the detectors watching,
 * and ranks the presets: least emission redirected to the target wins, then the lower adversary PnL, then the
 * earlier detection.
 */
public final class MechanismComparison {
    private MechanismComparison() {
    }

    public static Comparison run(StrategySpec spec, List<String> presets, long seed, long blocks, RunControl control)
            throws InterruptedException {
        return run(spec, presets, seed, blocks, control, preset -> RunListener.NONE);
    }

    /** As above; {@code listeners} gives the listener of each preset's run (progress for a caller watching). */
    public static Comparison run(StrategySpec spec, List<String> presets, long seed, long blocks, RunControl control,
                                 Function<String, RunListener> listeners) throws InterruptedException {
        if (!spec.twin()) {
            throw new IllegalArgumentException(spec.name() + ": comparing presets needs the honest twin (twin: true)");
        }
        List<PresetResult> rows = new ArrayList<>();
        for (String preset : presets) {
            MonitoredRun.Result r = MonitoredRun.execute(spec, Presets.get(preset), seed, blocks, control,
                    listeners.apply(preset), AlarmSink.NONE);
            rows.add(PresetResult.of(preset, r));
            if (r.data().interrupted()) {
                break;
            }
        }
        PresetResult best = rows.stream().min(RESISTANCE).orElseThrow();
        PresetResult worst = rows.stream().max(RESISTANCE).orElseThrow();
        return new Comparison(spec.name(), seed, blocks, rows, best.preset(), conclusion(best, worst, rows.size()));
    }

    /** Smaller is more resistant. */
    static final Comparator<PresetResult> RESISTANCE = Comparator
            .comparingDouble((PresetResult p) -> round(p.emissionRedirectedTao()))
            .thenComparingDouble(p -> round(p.adversaryPnlTao()))
            .thenComparingLong(p -> p.firstAlarmDelayBlocks() < 0 ? Long.MAX_VALUE : p.firstAlarmDelayBlocks());

    /** Differences below a milli-TAO are noise, not resistance. */
    private static double round(double tao) {
        return Math.rint(tao * 1000) / 1000 + 0.0; // + 0.0 turns -0.0 into 0.0, which Double.compare ranks apart
    }

    private static String conclusion(PresetResult best, PresetResult worst, int n) {
        if (n == 1) {
            return String.format(Locale.ROOT, "Only %s was run: %.3f TAO redirected to the target.", best.preset(),
                    best.emissionRedirectedTao());
        }
        String detection = best.firstAlarmDelayBlocks() >= 0
                ? String.format(Locale.ROOT, "first alarm after %d blocks (%s)", best.firstAlarmDelayBlocks(),
                best.firstAlarmDetector())
                : "no alarm on the target";
        return String.format(Locale.ROOT, "%s resisted best: %.3f TAO redirected to the target and adversary PnL %.3f TAO "
                        + "(%s), against %.3f TAO redirected under %s, the weakest of the %d presets.", best.preset(),
                best.emissionRedirectedTao(), best.adversaryPnlTao(), detection, worst.emissionRedirectedTao(),
                worst.preset(), n);
    }
}
