package io.dtaolab.app.jobs;

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
                read(dir.resolve(STATE_FILE)).map(this::recover).ifPresent(out::add);
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

    private Optional<RunRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), RunRecord.class));
        } catch (IOException e) {
            LOG.warnf("skipping unreadable run state %s: %s", file, e.getMessage());
            return Optional.empty();
        }
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
