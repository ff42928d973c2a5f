package io.dtaolab.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dtaolab.app.runs.RunState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run as the API shows it. {@code requestedBlocksPerSecond} is null for "max"; {@code alarms} counts the attack
 * world's detector alarms so far and {@code firstAlarm} is the earliest of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunView(String id, String strategy, List<String> presets, String preset, long seed, long blocks,
                      RunState state, double progress, Long blocksDone, double blocksPerSecond,
                      Double requestedBlocksPerSecond, Double etaSeconds, Instant createdAt, Instant startedAt,
                      Instant endedAt, String error, Headline headline, int alarms, AlarmView firstAlarm,
                      Map<String, String> links) {
}
