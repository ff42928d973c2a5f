package io.dtaolab.app.jobs;

import io.dtaolab.app.messaging.EventBus;
import io.dtaolab.app.messaging.RunEvent;
import io.dtaolab.app.runs.RunHandle;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunState;
import java.time.Instant;

/**
 * Every state change of a run goes through here: the record is updated under the handle's lock, terminal
 * states are saved at once (a crash right after must not lose them), and the change is announced on the bus.
 */
final class RunTransitions {
    private final RunStore store;
    private final EventBus bus;

    RunTransitions(RunStore store, EventBus bus) {
        this.store = store;
        this.bus = bus;
    }

    void queued(RunHandle handle) {
        announce(handle, handle.record(), null);
    }

    /** Queued → running (or paused, when paused while queued); false when cancelled before it started. */
    boolean start(RunHandle handle) {
        RunRecord[] result = new RunRecord[1];
        handle.update(r -> {
            if (r.state() != RunState.QUEUED) {
                return r;
            }
            RunState next = handle.control().paused() ? RunState.PAUSED : RunState.RUNNING;
            result[0] = new RunRecord(r.id(), r.strategy(), r.presets(), r.seed(), r.blocks(), r.speed(), next,
                    r.createdAt(), Instant.now(), null, 0, null);
            return result[0];
        });
        if (result[0] == null) {
            return false;
        }
        announce(handle, result[0], null);
        return true;
    }

    void pause(RunHandle handle, boolean paused) {
        RunRecord[] result = new RunRecord[1];
        handle.update(r -> {
            if (r.state().terminal()) {
                throw new RunConflictException("run " + r.id() + " is " + r.state().wire());
            }
            if (paused) {
                handle.control().pause();
            } else {
                handle.control().resume();
            }
            if (r.state() == RunState.QUEUED) {
                return r;
            }
            result[0] = r.withState(paused ? RunState.PAUSED : RunState.RUNNING);
            return result[0];
        });
        if (result[0] != null) {
            announce(handle, result[0], null);
        }
    }

    /** Cancels a queued run at once; a running one is told to stop and ends as cancelled with a partial report. */
    void cancel(RunHandle handle) {
        RunRecord[] result = new RunRecord[1];
        handle.update(r -> {
            if (r.state().terminal()) {
                throw new RunConflictException("run " + r.id() + " is already " + r.state().wire());
            }
            handle.control().cancel();
            if (r.state() != RunState.QUEUED) {
                return r;
            }
            result[0] = new RunRecord(r.id(), r.strategy(), r.presets(), r.seed(), r.blocks(), r.speed(),
                    RunState.CANCELLED, r.createdAt(), null, Instant.now(), 0, null);
            return result[0];
        });
        if (result[0] != null) {
            store.save(result[0]);
            announce(handle, result[0], "cancelled before it started");
        }
    }

    void end(RunHandle handle, RunState state, long blocksDone, String error) {
        RunRecord done = handle.update(r -> new RunRecord(r.id(), r.strategy(), r.presets(), r.seed(), r.blocks(),
                handle.control().pace(), state, r.createdAt(), r.startedAt(), Instant.now(), blocksDone, error));
        store.save(done);
        announce(handle, done, error);
    }

    private void announce(RunHandle handle, RunRecord record, String detail) {
        bus.publish(new RunEvent.StateChanged(record, handle.preset(), detail));
    }
}
