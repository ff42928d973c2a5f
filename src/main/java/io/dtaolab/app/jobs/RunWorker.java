package io.dtaolab.app.jobs;

import io.dtaolab.analysis.EventsFile;
import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.app.messaging.EventBus;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunRequest;
import io.dtaolab.app.runs.RunState;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.RunData;
import io.dtaolab.experiment.detect.MonitoredRun;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Executes one run on a pool thread (its single writer): every preset in turn with the detectors watching, artifacts
 * (report.json with its detection section, report.md, report.html) after each.
 */
final class RunWorker implements Runnable {
    private static final Logger LOG = Logger.getLogger(RunWorker.class);

    private final RunHandle handle;
    private final RunRequest request;
    private final RunStore store;
    private final EventBus bus;
    private final RunTransitions transitions;
    private final long blockIntervalNanos;
    private final BooleanSupplier shuttingDown;

    RunWorker(RunHandle handle, RunStore store, EventBus bus, RunTransitions transitions, long blockIntervalNanos,
              BooleanSupplier shuttingDown) {
        this.handle = handle;
        this.request = handle.request().orElseThrow();
        this.store = store;
        this.bus = bus;
        this.transitions = transitions;
        this.blockIntervalNanos = blockIntervalNanos;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public void run() {
        if (!transitions.start(handle)) {
            return;
        }
        RunState end;
        String error = null;
        long blocksDone = 0;
        try {
            String sha = sha256(request.source());
            List<Mechanism> mechanisms = request.spec().mechanisms();
            boolean interrupted = false;
            for (int i = 0; i < mechanisms.size() && !interrupted; i++) {
                Mechanism m = mechanisms.get(i);
                handle.beginPreset(i, m.name());
                RunEventListener listener = new RunEventListener(handle, m.name(), bus, blockIntervalNanos);
                java.nio.file.Path dir = store.artifactDir(handle.record(), m.name());
                RunData data;
                try (EventsFile events = request.spec().outputs().events()
                        ? EventsFile.open(dir, request.spec().outputs().tradeEventMinRao()) : null) {
                    MonitoredRun.Result result = MonitoredRun.execute(request.spec(), m, request.seed(), request.blocks(),
                            OrderingPolicy.FEE_PRIORITY, handle.control(), events == null ? listener : events.around(listener),
                            new RunAlarmSink(handle, m.name(), bus), Map.of());
                    data = result.data();
                    RunArtifacts.write(dir, data, sha, request.spec().outputs().series(), result.detection());
                    if (events != null) {
                        events.commit();
                    }
                }
                blocksDone = data.blocksDone();
                interrupted = data.interrupted();
            }
            end = !handle.control().cancelled() ? RunState.FINISHED
                    : shuttingDown.getAsBoolean() ? RunState.INTERRUPTED : RunState.CANCELLED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = RunState.INTERRUPTED;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOG.errorf(e, "run %s failed", handle.id());
            end = RunState.FAILED;
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        transitions.end(handle, end, blocksDone, error);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
