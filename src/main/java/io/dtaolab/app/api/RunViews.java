package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.app.jobs.RunStore;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.engine.BlockSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Maps run handles to {@link RunView}s. */
@ApplicationScoped
public class RunViews {
    private static final int ENDED_CACHE = 1024;

    private final RunStore store;
    private final ObjectMapper json;
    /** Ended runs' measures by run id: their report.json no longer changes, and the page lists runs every 2 s. */
    private final Map<String, RunMeasures> endedMeasures = new ConcurrentHashMap<>();

    public RunViews(RunStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    public RunView of(RunHandle h) {
        RunRecord r = h.record();
        Long blocksDone = h.lastBlock().map(BlockSummary::blockIndex).orElse(r.state().terminal() ? r.blocksDone() : 0L);
        double pace = h.requestedSpeed();
        Optional<JsonNode> report = h.lastTempo().isPresent() ? Optional.<JsonNode>empty() : finalReport(r);
        // an ended run's headline is its report's (with the verdict), even while its last tempo is still in memory
        Optional<Headline> live = h.lastTempo().map(Headline::of);
        Headline headline = (r.state().terminal() ? finalMeasures(r).map(Headline::of).or(() -> live) : live).orElse(null);
        int alarms = h.alarmCount();
        AlarmView first = h.firstAlarm().map(AlarmView::of).orElse(null);
        if (alarms == 0 && report.isPresent()) {
            JsonNode stored = report.get().path("detection").path("alarms");
            alarms = stored.size();
            first = stored.isEmpty() ? null : AlarmView.of(r.presets().get(0), stored.get(0));
        }
        return new RunView(r.id(), r.strategy(), r.presets(), h.preset(), r.seed(), r.blocks(), r.state(), h.progress(),
                blocksDone, h.blocksPerSecond(), pace > 0 ? pace : null, h.etaSeconds().orElse(null), r.createdAt(),
                r.startedAt(), r.endedAt(), r.error(), headline, alarms, first, links(r.id()));
    }

    /** The first preset's report.json of an ended run, when it was written. */
    private Optional<JsonNode> finalReport(RunRecord r) {
        if (!r.state().terminal() || r.presets().isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> report = store.artifact(r, r.presets().get(0), "report.json");
        try {
            return report.isEmpty() ? Optional.empty() : Optional.of(json.readTree(report.get().toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The first preset's measures of an ended run, read back once from its report.json. */
    private Optional<RunMeasures> finalMeasures(RunRecord r) {
        if (!r.state().terminal() || r.presets().isEmpty()) {
            return Optional.empty();
        }
        RunMeasures known = endedMeasures.get(r.id());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Path> report = store.artifact(r, r.presets().get(0), "report.json");
        Optional<RunMeasures> read;
        try {
            read = report.isEmpty() ? Optional.empty() : Optional.of(RunArtifacts.readMeasures(report.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (read.isPresent()) {
            if (endedMeasures.size() >= ENDED_CACHE) {
                endedMeasures.clear();
            }
            endedMeasures.put(r.id(), read.get());
        }
        return read;
    }

    static Map<String, String> links(String id) {
        String self = "/api/runs/" + id;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        links.put("events", self + "/events");
        links.put("report", self + "/report");
        links.put("reportHtml", self + "/report.html");
        links.put("series", self + "/series");
        links.put("speed", self + "/speed");
        return links;
    }

    JsonNode readJson(Path file) throws IOException {
        return json.readTree(file.toFile());
    }
}
