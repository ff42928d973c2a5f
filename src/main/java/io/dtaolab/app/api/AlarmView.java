package io.dtaolab.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dtaolab.app.runs.RunHandle;

/** A detector alarm as the run view shows it: preset, chain block, subnet, detector, score and evidence. */
public record AlarmView(String preset, long block, int netuid, String detector, double score, String evidence) {

    static AlarmView of(RunHandle.FirstAlarm first) {
        return new AlarmView(first.preset(), first.alarm().block(), first.alarm().netuid(), first.alarm().detector(),
                first.alarm().score(), first.alarm().evidence());
    }

    /** From an entry of report.json's {@code detection.alarms}. */
    static AlarmView of(String preset, JsonNode alarm) {
        return new AlarmView(preset, alarm.path("block").asLong(), alarm.path("netuid").asInt(),
                alarm.path("detector").asText(), alarm.path("score").asDouble(), alarm.path("evidence").asText());
    }
}
