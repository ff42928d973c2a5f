package io.dtaolab.experiment.search;

import io.dtaolab.analysis.RunMeasures;
import java.util.function.ToDoubleFunction;

/** What a search maximises, read from the run's measure record (never recomputed here). */
public enum Objective {
    REDIRECTED("redirected", "TAO emission redirected to the target", RunMeasures::emissionRedirectedTao),
    PER_TAO_AT_RISK("redirected-per-tao-at-risk", "emission captured per TAO at risk", RunMeasures::emissionCapturedPerTaoAtRisk),
    PNL("pnl", "adversary PnL (TAO, marked to exit)", RunMeasures::adversaryPnlTao);

    private final String id;
    private final String label;
    private final ToDoubleFunction<RunMeasures> measure;

    Objective(String id, String label, ToDoubleFunction<RunMeasures> measure) {
        this.id = id;
        this.label = label;
        this.measure = measure;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The objective of one run; NaN (no twin, no capital at risk) counts as nothing gained. */
    public double of(RunMeasures m) {
        double v = measure.applyAsDouble(m);
        return Double.isNaN(v) ? 0 : v;
    }

    public static Objective byId(String id) {
        for (Objective o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown objective '" + id + "'");
    }
}
