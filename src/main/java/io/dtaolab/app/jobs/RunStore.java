package io.dtaolab.app.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.analysis.AtomicFiles;
import io.dtaolab.app.config.LabConfig;
import io.dtaolab.app.messaging.Channels;
import io.dtaolab.app.messaging.RunEvent;
import io.dtaolab.app.runs.RunRecord;
import io.dtaolab.app.runs.RunState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The run directory store: {@code <dir>/<id>/state.json} plus the artifacts the analysis layer writes. A run
 * whose state file still says queued, running or paused when the store is opened was cut off by a crash and is
 * rewritten as interrupted.
 */
@ApplicationScoped
public class RunStore {
    private static final Logger LOG = Logger.getLogger(RunStore.class);
    public static final String STATE_FILE = "state.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

    private final Path root;
    private final ObjectMapper json;

    @Inject
    public RunStore(LabConfig config, ObjectMapper json) {
        this(Path.of(config.runs().dir()), json);
    }

    public RunStore(Path root, ObjectMapper json) {
        this.root = root.toAbsolutePath().normalize();
        this.json = json;
    }

    public Path root() {
        return root;
    }

    /** Every run in the store, oldest first; interrupted runs are rewritten as such. */
    public List<RunRecord> loadAll() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RunRecord> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                removeTemporaries(dir);
                read(dir).map(this::recover).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list run store " + root, e);
        }
        out.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return out;
    }

    private RunRecord recover(RunRecord r) {
        if (r.state().terminal()) {
            return r;
        }
        RunRecord interrupted = new RunRecord(r.id(), r.strategy(), r.presets(), r.seed(), r.blocks(), r.speed(),
                RunState.INTERRUPTED, r.createdAt(), r.startedAt(), Optional.ofNullable(r.endedAt()).orElse(Instant.now()),
                r.blocksDone(), "the server stopped while the run was " + r.state().wire());
        save(interrupted);
        return interrupted;
    }

    /** The run in {@code dir}; a state file that cannot be read gives a {@code corrupt} record saying why. */
    private Optional<RunRecord> read(Path dir) {
        Path file = dir.resolve(STATE_FILE);
        String id = dir.getFileName().toString();
        if (!Files.isRegularFile(file) || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            RunRecord r = json.readValue(file.toFile(), RunRecord.class);
            if (r == null || !id.equals(r.id()) || r.state() == null || r.presets() == null || r.presets().isEmpty()
                    || r.createdAt() == null) {
                return Optional.of(corrupt(file, id, "state.json is not a complete run record of run " + id));
            }
            return Optional.of(r);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? "state.json is not a valid run record: " + firstLine(j.getOriginalMessage()) + " at line "
                    + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr()
                    : "state.json cannot be read (" + e.getClass().getSimpleName() + ")";
            LOG.warnf("run %s is corrupt: %s", id, reason);
            return Optional.of(corrupt(file, id, reason));
        }
    }

    private static RunRecord corrupt(Path file, String id, String reason) {
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            modified = Instant.EPOCH;
        }
        return new RunRecord(id, "unknown", List.of(), 0, 0, 0, RunState.CORRUPT, modified, null, null, 0, reason);
    }

    private static String firstLine(String text) {
        String line = text == null ? "unreadable" : text.strip().lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** Temporary files of atomic writes that a crash left behind (in the run directory and its preset directories). */
    private static void removeTemporaries(Path dir) {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().endsWith(".tmp") && Files.isRegularFile(p)).toList()) {
                Files.deleteIfExists(f);
                LOG.infof("removed leftover temporary file %s", dir.relativize(f));
            }
        } catch (IOException e) {
            LOG.warnf("cannot clean temporary files of run %s: %s", dir.getFileName(), e.getClass().getSimpleName());
        }
    }

    /** The first state file of a new run; unlike {@link #save} a failure is the caller's to handle. */
    public void create(RunRecord record) throws IOException {
        AtomicFiles.write(runDir(record.id()).resolve(STATE_FILE), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(record));
    }

    public void save(RunRecord record) {
        try {
            AtomicFiles.write(runDir(record.id()).resolve(STATE_FILE), json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(record));
        } catch (IOException e) {
            LOG.errorf("cannot write state of run %s: %s", record.id(), e.getMessage());
        }
    }

    @Incoming(Channels.STATE)
    void onState(RunEvent.StateChanged event) {
        save(event.record());
    }

    public void saveSource(String id, String fileName, byte[] content) throws IOException {
        AtomicFiles.write(runDir(id).resolve(fileName), content);
    }

    /** Removes what a refused submit left of run {@code id}; best effort, the store stays listable either way. */
    public void discard(String id) {
        Path dir = runDir(id);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warnf("cannot remove the directory of refused run %s: %s", id, e.getClass().getSimpleName());
        }
    }

    public Path runDir(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("bad run id");
        }
        return root.resolve(id);
    }

    /** Where a preset's artifacts go: the run directory, or a sub-directory per preset for a compare. */
    public Path artifactDir(RunRecord record, String preset) {
        return record.presets().size() > 1 ? runDir(record.id()).resolve(preset) : runDir(record.id());
    }

    /** An artifact of a run (report.json, report.md, series.csv), when it was written. */
    public Optional<Path> artifact(RunRecord record, String preset, String name) {
        Path file = artifactDir(record, preset).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
