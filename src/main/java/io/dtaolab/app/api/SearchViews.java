package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.app.searches.SearchHandle;
import io.dtaolab.experiment.search.SearchProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Maps search handles to {@link SearchView}s and finds a finished search's result files. */
@ApplicationScoped
public class SearchViews {
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.(yaml|csv|svg|md|json|html)");
    private final ObjectMapper json;

    public SearchViews(ObjectMapper json) {
        this.json = json;
    }

    SearchView of(SearchHandle h) {
        Optional<SearchProgress> p = h.progress();
        boolean finished = h.state() == SearchHandle.State.FINISHED;
        String self = "/api/searches/" + h.id();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        links.put("events", self + "/events");
        if (finished) {
            links.put("report", self + "/report");
            links.put("files", self + "/files");
        }
        return new SearchView(h.id(), h.spec().name(), h.state().wire(), h.threads(), h.spec().budgetsTao(), h.spec().objective(),
                h.spec().seeds(), h.spec().evaluations(), h.evaluated(), h.totalEvaluations(), p.map(SearchProgress::phase).orElse(null),
                p.map(SearchProgress::budgetIndex).orElse(null), p.map(SearchProgress::budgetTao).orElse(null),
                p.map(SearchProgress::bestObjective).filter(v -> !v.isNaN()).orElse(null), h.elapsedSeconds(), h.createdAt(),
                h.error(), finished ? report(h) : null, finished ? files(h) : null, links);
    }

    /** The finished search's result files by name (no directories, nothing outside its directory). */
    List<String> files(SearchHandle h) {
        try (Stream<Path> list = Files.list(h.dir())) {
            return list.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> FILE_NAME.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private JsonNode report(SearchHandle h) {
        try {
            return json.readTree(h.dir().resolve("report.json").toFile());
        } catch (IOException e) {
            return null;
        }
    }

    static String mediaType(String fileName) {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1);
        return switch (ext) {
            case "yaml" -> "application/yaml;charset=utf-8";
            case "csv" -> "text/csv;charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "md" -> "text/markdown;charset=utf-8";
            case "json" -> "application/json";
            default -> "text/html;charset=utf-8";
        };
    }
}
