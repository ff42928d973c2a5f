package io.dtaolab.experiment.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dtaolab.analysis.AtomicFiles;
import io.dtaolab.analysis.report.HtmlPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a search's files into its output directory, each atomically. */
public final class SearchOutputs {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SearchOutputs() {
    }

    public static void write(SearchResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (BudgetResult b : r.budgets()) {
            String stem = "best-" + Format.tao(b.budgetTao());
            strategy(dir.resolve(stem + ".yaml"), b.best(), r, "the best attack at " + Format.tao(b.budgetTao()) + " TAO");
            strategy(dir.resolve(stem + "-undetected.yaml"), b.bestUndetected(), r, "the best attack with no alarm at "
                    + Format.tao(b.budgetTao()) + " TAO");
            strategy(dir.resolve(stem + "-shrunk.yaml"), b.shrunk().map(ShrinkResult::shrunk), r, "the shrunk best attack at "
                    + Format.tao(b.budgetTao()) + " TAO");
        }
        BudgetResult last = r.budgets().get(r.budgets().size() - 1);
        strategy(dir.resolve("best.yaml"), last.best(), r, "the best attack at the largest budget");
        AtomicFiles.write(dir.resolve("evaluations.csv"), evaluationsCsv(r));
        AtomicFiles.write(dir.resolve("frontier.csv"), frontierCsv(r));
        String convergence = SearchCharts.convergence(r);
        String frontier = SearchCharts.frontier(r);
        AtomicFiles.write(dir.resolve("convergence.svg"), svgFile(convergence));
        AtomicFiles.write(dir.resolve("frontier.svg"), svgFile(frontier));
        String md = SearchMarkdown.of(r);
        AtomicFiles.write(dir.resolve("report.md"), md);
        AtomicFiles.write(dir.resolve("report.json"), json(r));
        AtomicFiles.write(dir.resolve("report.html"), html(r, convergence, frontier));
    }

    private static void strategy(Path file, Optional<Evaluation> e, SearchResult r, String what) throws IOException {
        if (e.isPresent() && !e.get().seeds().isEmpty()) {
            String header = "# " + what + ", found by search '" + r.spec().name() + "': " + r.objective().id() + " "
                    + Format.exact(e.get().objective()) + " (" + r.statistic().id() + " over seeds " + r.spec().seeds() + ")\n";
            AtomicFiles.write(file, header + e.get().yaml());
        } else {
            Files.deleteIfExists(file);
        }
    }

    static String evaluationsCsv(SearchResult r) {
        StringBuilder out = new StringBuilder("budget_tao,evaluation,objective,feasible,detected,reason");
        List<String> paths = r.budgets().get(0).evaluations().isEmpty() ? List.of()
                : new ArrayList<>(r.budgets().get(0).evaluations().get(0).values().keySet());
        paths.forEach(p -> out.append(',').append(p));
        for (long seed : r.spec().seeds()) {
            out.append(",objective_seed_").append(seed);
        }
        out.append('\n');
        for (BudgetResult b : r.budgets()) {
            for (Evaluation e : b.evaluations()) {
                out.append(Format.exact(b.budgetTao())).append(',').append(e.index()).append(',').append(Format.exact(e.objective()))
                        .append(',').append(e.feasible()).append(',').append(e.detected()).append(',')
                        .append(e.reason() == null ? "" : '"' + e.reason().replace("\"", "'") + '"');
                paths.forEach(p -> out.append(',').append(e.values().getOrDefault(p, "")));
                for (int i = 0; i < r.spec().seeds().size(); i++) {
                    out.append(',').append(i < e.seeds().size() ? Format.exact(r.objective().of(e.seeds().get(i).measures())) : "");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String frontierCsv(SearchResult r) {
        StringBuilder out = new StringBuilder("budget_tao,base_objective,worst_objective,worst_undetected_objective\n");
        for (BudgetResult b : r.budgets()) {
            out.append(Format.exact(b.budgetTao())).append(',')
                    .append(b.baseline().feasible() ? Format.exact(b.baseline().objective()) : "").append(',')
                    .append(b.best().map(e -> Format.exact(e.objective())).orElse("")).append(',')
                    .append(b.bestUndetected().map(e -> Format.exact(e.objective())).orElse("")).append('\n');
        }
        return out.toString();
    }

    static String json(SearchResult r) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("search", r.spec().name());
        root.put("base", r.spec().baseFile().getFileName().toString());
        root.put("adversary", r.spec().searched().id());
        root.put("objective", r.objective().id());
        root.put("statistic", r.statistic().id());
        root.put("seeds", r.spec().seeds());
        root.put("optimiser", ordered("library", r.method().startsWith("uniform random")
                ? "none (random baseline)" : "hipparchus-optim CMAESOptimizer", "population", r.populationSize(),
                "dimension", r.dimension(), "seed", r.spec().seed(), "evaluationsPerBudget", r.spec().evaluations()));
        List<Object> budgets = new ArrayList<>();
        for (BudgetResult b : r.budgets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("budgetTao", b.budgetTao());
            m.put("baseline", evaluation(b.baseline()));
            m.put("best", b.best().map(SearchOutputs::evaluation).orElse(null));
            m.put("bestUndetected", b.bestUndetected().map(SearchOutputs::evaluation).orElse(null));
            b.shrunk().ifPresent(s -> m.put("shrunk", ordered("property", s.property(), "steps", s.steps(), "trials", s.trials(),
                    "before", s.before(), "after", s.after(), "objective", s.shrunk().objective())));
            budgets.add(m);
        }
        root.put("budgets", budgets);
        return JSON.writeValueAsString(root) + "\n";
    }

    /** Keys in the order written: {@code Map.of} iterates in an order that changes from one JVM start to the next. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", e.index());
        m.put("objective", Double.isNaN(e.objective()) ? null : e.objective());
        m.put("feasible", e.feasible());
        m.put("detected", e.detected());
        m.put("reason", e.reason());
        m.put("values", e.values());
        return m;
    }

    private static String html(SearchResult r, String convergence, String frontier) {
        StringBuilder sb = HtmlPage.open("Search " + r.spec().name(), "pre{white-space:pre-wrap}");
        String md = SearchMarkdown.of(r);
        sb.append(MarkdownHtml.render(md));
        sb.append("<h2>Frontier</h2>\n");
        HtmlPage.chart(sb, "frontier-chart", frontier);
        sb.append("<h2>Convergence</h2>\n");
        HtmlPage.chart(sb, "convergence-chart", convergence);
        return HtmlPage.close(sb);
    }

    private static String svgFile(String svg) {
        return svg.startsWith("<?xml") ? svg : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }
}
