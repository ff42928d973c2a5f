package io.dtaolab.app.searches;

import io.dtaolab.engine.RunControl;
import io.dtaolab.experiment.search.SearchProgress;
import io.dtaolab.experiment.search.SearchResult;
import io.dtaolab.scenario.SearchSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A search known to this process: its file, threads, where its results go, and (updated by the search's own thread)
 * its state, latest progress, candidates evaluated so far and, when finished, its result.
 */
public final class SearchHandle {
    public enum State {
        QUEUED, RUNNING, FINISHED, FAILED, CANCELLED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean terminal() {
            return this == FINISHED || this == FAILED || this == CANCELLED;
        }
    }

    private final String id;
    private final SearchSpec spec;
    private final int threads;
    private final Instant createdAt;
    private final Path dir;
    private final RunControl control = new RunControl();
    private volatile State state = State.QUEUED;
    private volatile SearchProgress progress;
    private volatile String error;
    private volatile SearchResult result;
    private volatile long startNanos;
    private volatile long endNanos;
    private volatile int evaluated;

    SearchHandle(String id, SearchSpec spec, int threads, Instant createdAt, Path dir) {
        this.id = id;
        this.spec = spec;
        this.threads = threads;
        this.createdAt = createdAt;
        this.dir = dir;
    }

    public String id() {
        return id;
    }

    public SearchSpec spec() {
        return spec;
    }

    public int threads() {
        return threads;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Where the result files are written when the search finishes. */
    public Path dir() {
        return dir;
    }

    public State state() {
        return state;
    }

    public Optional<SearchProgress> progress() {
        return Optional.ofNullable(progress);
    }

    public String error() {
        return error;
    }

    public Optional<SearchResult> result() {
        return Optional.ofNullable(result);
    }

    /** Search candidates evaluated so far over every budget (shrink trials not counted). */
    public int evaluated() {
        return evaluated;
    }

    /** Candidates the search evaluates in all: evaluations per budget × budgets. */
    public int totalEvaluations() {
        return spec.evaluations() * spec.budgetsTao().size();
    }

    public double elapsedSeconds() {
        long start = startNanos;
        if (start == 0) {
            return 0;
        }
        long end = endNanos != 0 ? endNanos : System.nanoTime();
        return (end - start) / 1e9;
    }

    RunControl control() {
        return control;
    }

    void started() {
        startNanos = System.nanoTime();
        state = State.RUNNING;
    }

    /** Records progress; answers how many candidates it adds to {@link #evaluated()}. */
    int progressed(SearchProgress p) {
        progress = p;
        if (!p.phase().equals("search")) {
            return 0;
        }
        int now = p.budgetIndex() * spec.evaluations() + p.done();
        int added = Math.max(0, now - evaluated);
        evaluated = Math.max(evaluated, now);
        return added;
    }

    void finished(SearchResult r) {
        result = r;
        end(State.FINISHED, null);
    }

    void end(State s, String why) {
        error = why;
        if (startNanos != 0) {
            endNanos = System.nanoTime();
        }
        state = s;
    }
}
