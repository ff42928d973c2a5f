package io.dtaolab.app.runs;

import java.time.Instant;
import java.util.List;

/** What the run store keeps about a run in {@code <dir>/<id>/state.json}. */
public record RunRecord(String id, String strategy, List<String> presets, long seed, long blocks, double speed,
                        RunState state, Instant createdAt, Instant startedAt, Instant endedAt, long blocksDone,
                        String error) {

    public RunRecord withState(RunState next) {
        return new RunRecord(id, strategy, presets, seed, blocks, speed, next, createdAt, startedAt, endedAt, blocksDone,
                error);
    }
}
