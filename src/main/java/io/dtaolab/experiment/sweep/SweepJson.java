package io.dtaolab.experiment.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.scenario.SweepAxis;
import io.dtaolab.scenario.SweepSpec;
import java.io.UncheckedIOException;

/** The JSON report ({@code dtao-sweep-report/1}): sweep definition, run counts, per-cell distributions, cost curve. */
public final class SweepJson {
    public static final String FORMAT = "dtao-sweep-report/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepJson() {
    }

    public static String render(SweepResult r) {
        return render(tree(r));
    }

    public static ObjectNode tree(SweepResult r) {
        SweepSpec spec = r.plan().spec();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("sweep", spec.name());
        spec.description().ifPresent(d -> root.put("description", d));
        root.put("base", java.nio.file.Path.of(spec.baseFile()).getFileName().toString());
        ArrayNode axes = root.putArray("axes");
        for (SweepAxis a : spec.axes()) {
            ObjectNode axis = axes.addObject();
            axis.put("path", a.path());
            axis.set("values", JSON.valueToTree(a.values()));
        }
        root.set("seeds", JSON.valueToTree(spec.seeds()));
        root.set("measures", JSON.valueToTree(spec.measures()));
        ObjectNode runs = root.putObject("runs");
        runs.put("planned", r.plan().size());
        runs.put("completed", r.outcomes().size() - r.failures().size());
        runs.put("failed", r.failures().size());
        runs.put("complete", r.complete());
        ArrayNode cells = root.putArray("cells");
        for (CellSummary c : r.cells()) {
            ObjectNode cell = cells.addObject();
            cell.put("cell", c.cell());
            cell.set("params", JSON.valueToTree(c.params()));
            cell.put("preset", c.preset());
            cell.put("runs", c.runs());
            cell.put("failed", c.failed());
            number(cell, "paidOffShare", c.paidOffShare());
            ObjectNode measures = cell.putObject("measures");
            c.measures().forEach((name, s) -> stats(measures.putObject(name), s));
        }
        ArrayNode curve = root.putArray("costCurve");
        for (CostPoint p : r.costCurve()) {
            ObjectNode point = curve.addObject();
            point.put("preset", p.preset());
            number(point, "budgetTao", p.budgetTao());
            point.put("runs", p.runs());
            stats(point.putObject("emissionRedirectedTao"), p.redirectedTao());
            number(point, "paidOffShare", p.paidOffShare());
        }
        ArrayNode failures = root.putArray("failures");
        for (RunOutcome o : r.failures()) {
            failures.addObject().put("runKey", o.runKey()).put("seed", o.seed()).put("error", o.error());
        }
        return root;
    }

    public static String render(ObjectNode tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stats(ObjectNode node, Stats s) {
        node.put("n", s.n());
        number(node, "mean", s.mean());
        number(node, "p5", s.p5());
        number(node, "p50", s.p50());
        number(node, "p95", s.p95());
        number(node, "max", s.max());
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            node.putNull(key);
        } else {
            node.put(key, v);
        }
    }
}
