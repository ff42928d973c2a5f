package io.dtaolab.app.jobs;

import io.dtaolab.analysis.detect.Alarm;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.app.messaging.EventBus;
import io.dtaolab.app.messaging.RunEvent;
import io.dtaolab.app.runs.RunHandle;

/** Takes one preset's attack-world alarms on the run thread: counts them on the handle and publishes them. */
final class RunAlarmSink implements AlarmSink {
    private final RunHandle handle;
    private final String preset;
    private final EventBus bus;

    RunAlarmSink(RunHandle handle, String preset, EventBus bus) {
        this.handle = handle;
        this.preset = preset;
        this.bus = bus;
    }

    @Override
    public void onAlarm(Alarm alarm) {
        handle.observe(preset, alarm);
        bus.publish(new RunEvent.Alarm(handle.id(), preset, alarm.block(), alarm.netuid(), alarm.detector(),
                alarm.score(), alarm.evidence()));
    }
}
