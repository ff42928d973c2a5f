package io.dtaolab.app.kafka;

import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.sweep.RunExecutor;
import io.dtaolab.experiment.sweep.RunOutcome;
import io.dtaolab.experiment.sweep.RunTask;
import io.dtaolab.experiment.sweep.SweepCodec;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Sweep worker: takes run specs from {@code sweep-runs}, runs each one, and publishes its outcome on
 * {@code sweep-results}. The incoming record is acknowledged (so its offset may be committed) only when the
 * outgoing one is acknowledged by the broker: a worker killed mid-run leaves the spec uncommitted for another
 * worker of the group, and the coordinator drops the duplicate result that may follow.
 */
@ApplicationScoped
public class SweepWorker {
    private static final Logger LOG = Logger.getLogger(SweepWorker.class);
    private final RunControl control = new RunControl();

    @Incoming("sweep-runs")
    @Outgoing("sweep-results")
    @Blocking
    public Message<String> run(Message<String> in) {
        String payload;
        String key;
        try {
            RunTask task = SweepCodec.task(in.getPayload());
            long start = System.nanoTime();
            RunOutcome outcome = RunExecutor.execute(task, control);
            LOG.infof("sweep %s run %s (seed %d): %s in %.1f s", task.sweepId(), task.runKey(), task.seed(),
                    outcome.failed() ? "failed: " + outcome.error() : "done", (System.nanoTime() - start) / 1e9);
            payload = SweepCodec.outcome(task.sweepId(), outcome);
            key = task.sweepId() + "/" + task.runKey();
        } catch (IllegalArgumentException unreadable) {
            // Answered rather than dropped, so the record is still committed; coordinators ignore it.
            LOG.warnf("unreadable run spec: %s", unreadable.getMessage());
            payload = "{\"error\":\"unreadable run spec\"}";
            key = "unreadable";
        }
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        Message<String> source = in;
        return Message.of(payload, metadata, () -> source.ack(), (Throwable reason) -> source.nack(reason));
    }
}
