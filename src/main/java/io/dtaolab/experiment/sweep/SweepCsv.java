package io.dtaolab.experiment.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV renderings of a sweep result (RFC 4180 quoting, header row, '\n' line ends). Numbers are written with
 * {@link Double#toString} so they round-trip exactly; a missing value is an empty field.
 */
public final class SweepCsv {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepCsv() {
    }

    /** One row per run: run key, cell, axis values, seed, preset, every measure, state hash, error. */
    public static String runs(SweepResult r) {
        List<String> axes = r.plan().spec().axes().stream().map(a -> a.path()).toList();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("runKey", "cell"));
        header.addAll(axes);
        boolean presetAxis = axes.contains("preset");
        header.add("seed");
        if (!presetAxis) {
            header.add("preset");
        }
        header.addAll(Measure.names());
        header.addAll(List.of("paidOff", "stateHash", "error"));
        row(out, header);
        for (RunOutcome o : r.outcomes()) {
            Map<String, Object> params = r.plan().spec().cells().stream().filter(c -> c.index() == o.cell()).findFirst()
                    .orElseThrow().params();
            List<String> fields = new ArrayList<>(List.of(o.runKey(), Integer.toString(o.cell())));
            axes.forEach(a -> fields.add(value(params.get(a))));
            fields.add(Long.toString(o.seed()));
            if (!presetAxis) {
                fields.add(o.preset());
            }
            for (Measure m : Measure.values()) {
                fields.add(o.failed() ? "" : number(o.measure(m)));
            }
            fields.add(o.failed() ? "" : Boolean.toString(o.measure(Measure.adversaryPnlTao) > 0));
            fields.add(o.failed() ? "" : Long.toHexString(o.stateHash()));
            fields.add(o.error() == null ? "" : o.error());
            row(out, fields);
        }
        return out.toString();
    }

    /** One row per cell: axis values, runs, paid-off share, then mean/p5/p50/p95/max of each requested measure. */
    public static String cells(SweepResult r) {
        List<String> axes = r.plan().spec().axes().stream().map(a -> a.path()).toList();
        List<String> measures = r.plan().spec().measures();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("cell"));
        header.addAll(axes);
        boolean presetAxis = axes.contains("preset");
        if (!presetAxis) {
            header.add("preset");
        }
        header.addAll(List.of("runs", "failed", "paidOffShare"));
        for (String m : measures) {
            for (String s : List.of("mean", "p5", "p50", "p95", "max")) {
                header.add(m + "." + s);
            }
        }
        row(out, header);
        for (CellSummary c : r.cells()) {
            List<String> fields = new ArrayList<>(List.of(Integer.toString(c.cell())));
            axes.forEach(a -> fields.add(value(c.params().get(a))));
            if (!presetAxis) {
                fields.add(c.preset());
            }
            fields.addAll(List.of(Integer.toString(c.runs()), Integer.toString(c.failed()), number(c.paidOffShare())));
            for (String m : measures) {
                Stats s = c.measures().get(m);
                fields.addAll(List.of(number(s.mean()), number(s.p5()), number(s.p50()), number(s.p95()), number(s.max())));
            }
            row(out, fields);
        }
        return out.toString();
    }

    /** The cost-of-attack curve: emission redirected against adversary budget, per preset. */
    public static String costCurve(SweepResult r) {
        StringBuilder out = new StringBuilder();
        row(out, List.of("preset", "budgetTao", "runs", "redirectedTao.mean", "redirectedTao.p5", "redirectedTao.p50",
                "redirectedTao.p95", "paidOffShare"));
        for (CostPoint p : r.costCurve()) {
            Stats s = p.redirectedTao();
            row(out, List.of(p.preset(), number(p.budgetTao()), Integer.toString(p.runs()), number(s.mean()), number(s.p5()),
                    number(s.p50()), number(s.p95()), number(p.paidOffShare())));
        }
        return out.toString();
    }

    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Map || v instanceof List) {
            try {
                return JSON.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                return v.toString();
            }
        }
        return v.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append('\n');
    }
}
