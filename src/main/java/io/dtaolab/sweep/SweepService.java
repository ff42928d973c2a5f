package io.dtaolab.sweep;

import io.dtaolab.scenario.SweepInvalid;
import io.dtaolab.scenario.SweepSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain-Java facade for starting sweeps in the background and watching them: what a REST layer wraps as
 * {@code POST /api/sweeps} ({@link #start}) and {@code GET /api/sweeps/{id}} ({@link #progress}, {@link #partial}).
 * Each sweep runs on its own thread; the runs inside it on the executor the options choose.
 */
public final class SweepService {
    private final Map<String, SweepJob> jobs = new ConcurrentHashMap<>();

    /** Validates and starts a sweep file; throws with file:line:column errors when it is invalid. */
    public String start(Path sweepFile, SweepOptions options) throws SweepInvalid {
        return start(SweepFiles.load(sweepFile), options);
    }

    /** Starts a sweep given as content (a request body); {@code sweepDir} is where its base path resolves. */
    public String start(String fileName, byte[] content, Path sweepDir, SweepOptions options) throws SweepInvalid {
        return start(SweepFiles.load(fileName, content, sweepDir), options);
    }

    private String start(SweepSpec spec, SweepOptions options) {
        String id = spec.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        SweepJob job = new SweepJob(SweepPlan.of(id, spec), options.executor(), options.outDirFor(spec.name()));
        jobs.put(id, job);
        Thread t = new Thread(() -> job.run(o -> { }), "sweep-" + id);
        t.setDaemon(true);
        t.start();
        return id;
    }

    public List<String> ids() {
        return jobs.keySet().stream().sorted().toList();
    }

    public Optional<SweepJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public Optional<SweepProgress> progress(String id) {
        return job(id).map(SweepJob::progress);
    }

    /** Aggregates over the runs finished so far (all of them once the sweep is done). */
    public Optional<SweepResult> partial(String id) {
        return job(id).map(SweepJob::partial);
    }

    /** The partial or final result as the JSON report tree (same format as report.json). */
    public Optional<com.fasterxml.jackson.databind.node.ObjectNode> partialJson(String id) {
        return partial(id).map(SweepJson::tree);
    }

    public boolean cancel(String id) {
        Optional<SweepJob> job = job(id);
        job.ifPresent(SweepJob::cancel);
        return job.isPresent();
    }
}
