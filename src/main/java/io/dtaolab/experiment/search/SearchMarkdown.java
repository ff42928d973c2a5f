package io.dtaolab.experiment.search;

import io.dtaolab.scenario.SearchDim;
import io.dtaolab.scenario.SearchSpec;
import java.util.Map;
import java.util.stream.Collectors;

/** report.md of a search: what was searched, what was found per budget, and the shrunk proof. */
final class SearchMarkdown {
    private SearchMarkdown() {
    }

    static String of(SearchResult r) {
        SearchSpec s = r.spec();
        StringBuilder out = new StringBuilder();
        out.append("# Worst-attack search: ").append(s.name()).append("\n\n");
        s.description().ifPresent(d -> out.append(d).append("\n\n"));
        out.append("## What was searched\n\n");
        out.append("| | |\n|---|---|\n");
        row(out, "base strategy", "`" + s.baseFile().getFileName() + "` (" + s.base().preset() + ", " + s.base().blocks() + " blocks)");
        row(out, "adversary", "`" + s.searched().id() + "` (" + (s.script().isPresent() ? "free script" : s.searched().type().id())
                + ") on SN" + s.searched().target());
        row(out, "coordinates", r.dimension() + ": " + dims(s));
        row(out, "budgets (TAO)", s.budgetsTao().stream().map(Format::tao).collect(Collectors.joining(", ")));
        row(out, "objective", r.objective().label() + ", " + r.statistic().id() + " over " + s.seeds().size() + " seed(s) "
                + s.seeds());
        row(out, "constraints", constraints(s));
        row(out, "optimiser", r.method() + ", population " + r.populationSize() + ", seed " + s.seed() + ", "
                + s.evaluations() + " evaluations per budget, starting at the base strategy's own parameters");
        out.append("\n## What was found\n\n");
        out.append("| budget (TAO) | base parameters | worst found | worst with no alarm | feasible evaluations | best coordinates |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (BudgetResult b : r.budgets()) {
            out.append("| ").append(Format.tao(b.budgetTao())).append(" | ").append(value(b.baseline())).append(" | ")
                    .append(b.best().map(SearchMarkdown::value).orElse("none feasible")).append(" | ")
                    .append(b.bestUndetected().map(SearchMarkdown::value).orElse("none")).append(" | ")
                    .append(b.evaluations().stream().filter(Evaluation::feasible).count()).append(" / ").append(b.evaluations().size())
                    .append(" | ").append(b.best().map(e -> values(e.values())).orElse("")).append(" |\n");
        }
        for (BudgetResult b : r.budgets()) {
            b.shrunk().ifPresent(sh -> {
                out.append("\n## Shrunk attack at ").append(Format.tao(b.budgetTao())).append(" TAO\n\n");
                out.append("Kept: `").append(sh.property()).append("`; ").append(sh.trials()).append(" candidates tried. ")
                        .append("Objective ").append(value(sh.original())).append(" → ").append(value(sh.shrunk())).append(".\n\n");
                out.append("| | before | after |\n|---|---|---|\n");
                size(out, "adversaries", sh.before().adversaries(), sh.after().adversaries());
                size(out, "script actions", sh.before().actions(), sh.after().actions());
                size(out, "honest agents", sh.before().honestAgents(), sh.after().honestAgents());
                size(out, "run blocks", sh.before().blocks(), sh.after().blocks());
                size(out, "active adversary blocks", sh.before().activeBlocks(), sh.after().activeBlocks());
                out.append("| adversary budget (TAO) | ").append(Format.tao(sh.before().budgetTao())).append(" | ")
                        .append(Format.tao(sh.after().budgetTao())).append(" |\n\n");
                sh.steps().forEach(step -> out.append("- ").append(step).append('\n'));
            });
        }
        out.append("\n## Files\n\n");
        out.append("- `best-<budget>.yaml`: the best attack at each budget, exactly as evaluated (run it with the seeds above "
                + "to reproduce the objective); `best.yaml` is the one at the largest budget\n");
        out.append("- `best-<budget>-undetected.yaml`, `best-<budget>-shrunk.yaml`: the best with no alarm, and the shrunk best\n");
        out.append("- `evaluations.csv` (every candidate), `frontier.csv`, `convergence.svg`, `frontier.svg`, `report.json`, "
                + "`report.html`\n");
        return out.toString();
    }

    static String value(Evaluation e) {
        if (!e.feasible()) {
            return "infeasible (" + e.reason() + ")";
        }
        return Format.num(e.objective()) + (e.detected() ? " (alarm)" : "");
    }

    static String values(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() instanceof Double d ? Format.num(d) : e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String dims(SearchSpec s) {
        String params = s.params().stream().map(SearchMarkdown::dim).collect(Collectors.joining(", "));
        String script = s.script().map(sc -> "free script of " + sc.actions() + " actions (" + String.join("/", sc.kinds())
                + ", " + Format.tao(sc.minAmountTao()) + "–" + Format.tao(sc.maxAmountTao()) + " TAO, SN " + sc.netuids() + ")").orElse("");
        return params.isEmpty() ? script : script.isEmpty() ? params : params + "; " + script;
    }

    private static String dim(SearchDim d) {
        return switch (d.kind()) {
            case CHOICE -> "`" + d.path() + "` ∈ " + d.choices();
            default -> "`" + d.path() + "` ∈ [" + Format.num(d.min()) + ", " + Format.num(d.max()) + "]" + (d.log() ? " log" : "");
        };
    }

    private static String constraints(SearchSpec s) {
        SearchSpec.Constraints c = s.constraints();
        StringBuilder out = new StringBuilder();
        c.minPnlTao().ifPresent(p -> out.append("PnL ≥ ").append(Format.tao(p)).append(" TAO on every seed; "));
        if (c.noAlarms()) {
            out.append("no alarm on the target on any seed; ");
        }
        c.maxBlocks().ifPresent(m -> out.append("active for at most ").append(m).append(" blocks; "));
        return out.isEmpty() ? "none" : out.substring(0, out.length() - 2);
    }

    private static void row(StringBuilder out, String k, String v) {
        out.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    private static void size(StringBuilder out, String what, long before, long after) {
        out.append("| ").append(what).append(" | ").append(before).append(" | ").append(after).append(" |\n");
    }
}
