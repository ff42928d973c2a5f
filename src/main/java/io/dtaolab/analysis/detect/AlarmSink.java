package io.dtaolab.analysis.detect;

/**
 * Where alarms go as they are raised, on the run thread: the hook for the event channel, SSE and the
 * {@code dtao_alarms_total} metric. Implementations must not block.
 */
@FunctionalInterface
public interface AlarmSink {
    AlarmSink NONE = a -> { };

    void onAlarm(Alarm alarm);
}
