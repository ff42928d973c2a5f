package io.dtaolab.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dtaolab.app.compare.CompareState;
import io.dtaolab.experiment.compare.Comparison;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A preset comparison as the API shows it; {@code comparison} (the side-by-side table) once it has finished. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompareView(String id, String strategy, long seed, long blocks, CompareState state, double progress,
                          Double etaSeconds, List<PresetProgress> presets, Instant createdAt, Instant startedAt,
                          Instant endedAt, String error, Comparison comparison, Map<String, String> links) {

    /** One preset's share of the work: {@code pending}, {@code running} or {@code done}. */
    public record PresetProgress(String preset, String state, long blocksDone, long blocks, double progress) {
    }
}
