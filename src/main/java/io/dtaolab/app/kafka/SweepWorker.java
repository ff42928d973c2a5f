package io.dtaolab.app.kafka;

import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.search.CandidateCodec;
import io.dtaolab.experiment.search.CandidateRuns;
import io.dtaolab.experiment.search.CandidateTask;
import io.dtaolab.experiment.search.SeedResult;
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
 * {@code sweep-results}; a search's candidate run (see {@link CandidateCodec}) is run and answered the same way. The incoming record is acknowledged (so its offset may be committed) only when the
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
        if (CandidateCodec.isTask(in.getPayload())) {
            return candidate(in);
        }
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
        return reply(in, payload, key);
    }

    /** A search's candidate run: scored with the detectors on, as the search would score it locally. */
    private Message<String> candidate(Message<String> in) {
        String payload;
        String key;
        try {
            CandidateTask task = CandidateCodec.task(in.getPayload());
            long start = System.nanoTime();
            String error = null;
            SeedResult result = null;
            try {
                result = CandidateRuns.execute(task, control);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (RuntimeException | StackOverflowError e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            LOG.infof("search %s candidate %s (seed %d): %s in %.1f s", task.searchId(), task.key(), task.seed(),
                    error != null ? "failed: " + error : "done", (System.nanoTime() - start) / 1e9);
            payload = CandidateCodec.result(task, result, error);
            key = task.searchId() + "/" + task.key();
        } catch (IllegalArgumentException unreadable) {
            LOG.warnf("unreadable search candidate: %s", unreadable.getMessage());
            payload = "{\"error\":\"unreadable search candidate\"}";
            key = "unreadable";
        }
        return reply(in, payload, key);
    }

    /** Acknowledges {@code in} only once the reply is acknowledged by the broker. */
    private static Message<String> reply(Message<String> in, String payload, String key) {
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        return Message.of(payload, metadata, () -> in.ack(), (Throwable reason) -> in.nack(reason));
    }
}
