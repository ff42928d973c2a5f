package io.dtaolab.experiment.sweep;

import io.dtaolab.scenario.SweepAxis;
import io.dtaolab.scenario.SweepSpec;
import java.util.List;
import java.util.stream.Collectors;

/** The Markdown report of a sweep: what was swept, per-cell distributions, the cost-of-attack curve, failures. */
public final class SweepMarkdown {
    private SweepMarkdown() {
    }

    public static String render(SweepResult r) {
        SweepSpec spec = r.plan().spec();
        StringBuilder md = new StringBuilder();
        md.append("# Sweep ").append(spec.name()).append("\n\n");
        spec.description().ifPresent(d -> md.append(d).append("\n\n"));
        md.append("Base strategy: `").append(java.nio.file.Path.of(spec.baseFile()).getFileName()).append("`; ")
                .append(spec.cells().size()).append(" cells × ").append(spec.seeds().size()).append(" seeds (")
                .append(spec.seeds().get(0)).append(" to ").append(spec.seeds().get(spec.seeds().size() - 1)).append(") = ")
                .append(r.plan().size()).append(" runs; ")
                .append(r.outcomes().size() - r.failures().size()).append(" completed, ").append(r.failures().size())
                .append(" failed").append(r.complete() ? "." : " (partial results).").append("\n\n");
        md.append("| axis | values |\n|---|---|\n");
        for (SweepAxis a : spec.axes()) {
            md.append("| `").append(a.path()).append("` | ")
                    .append(a.values().stream().map(SweepCsv::value).collect(Collectors.joining(", "))).append(" |\n");
        }
        md.append("\n## Cost of attack\n\nEmission redirected to the target (attack world minus honest twin) against the "
                + "adversary budget, over every run at that budget.\n\n");
        md.append("| preset | budget (TAO) | runs | redirected mean (TAO) | p5 | p95 | paid off |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (CostPoint p : r.costCurve()) {
            Stats s = p.redirectedTao();
            md.append("| ").append(p.preset()).append(" | ").append(num(p.budgetTao())).append(" | ").append(p.runs())
                    .append(" | ").append(num(s.mean())).append(" | ").append(num(s.p5())).append(" | ").append(num(s.p95()))
                    .append(" | ").append(pct(p.paidOffShare())).append(" |\n");
        }
        md.append("\n## Cells\n\nShare of runs where the attack paid off (adversary PnL > 0), then mean [p5, p50, p95] max of each measure.\n\n");
        List<String> axes = spec.axes().stream().map(SweepAxis::path).toList();
        md.append("| cell | ").append(axes.stream().map(a -> "`" + a + "`").collect(Collectors.joining(" | ")))
                .append(" | runs | paid off | ").append(String.join(" | ", spec.measures())).append(" |\n");
        md.append("|---:|").append("---|".repeat(axes.size())).append("---:|---:|").append("---:|".repeat(spec.measures().size())).append('\n');
        for (CellSummary c : r.cells()) {
            md.append("| ").append(c.cell()).append(" | ")
                    .append(axes.stream().map(a -> SweepCsv.value(c.params().get(a))).collect(Collectors.joining(" | ")))
                    .append(" | ").append(c.runs()).append(c.failed() > 0 ? " (" + c.failed() + " failed)" : "")
                    .append(" | ").append(pct(c.paidOffShare())).append(" | ")
                    .append(spec.measures().stream().map(m -> dist(c.measures().get(m))).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        if (!r.failures().isEmpty()) {
            md.append("\n## Failed runs\n\n");
            r.failures().forEach(o -> md.append("- `").append(o.runKey()).append("` (seed ").append(o.seed()).append("): ")
                    .append(o.error()).append('\n'));
        }
        return md.toString();
    }

    private static String dist(Stats s) {
        if (s.n() == 0) {
            return "–";
        }
        return num(s.mean()) + " [" + num(s.p5()) + ", " + num(s.p50()) + ", " + num(s.p95()) + "] " + num(s.max());
    }

    private static String num(double v) {
        return SweepFormat.num(v);
    }

    private static String pct(double share) {
        return SweepFormat.pct(share);
    }
}
