package io.dtaolab.app.runs;

import io.dtaolab.app.config.LabConfig;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.SnapshotLocations;
import io.dtaolab.scenario.StrategyLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shipped strategies: {@code lab.strategies.dir} when it exists, else the copy packaged in the jar. Read
 * and validated once; the directory and {@code lab.strategies.data-dirs} also resolve snapshot paths of strategies
 * posted to the API.
 */
@ApplicationScoped
public class StrategyCatalog {
    private final Path dir;
    private final List<Path> dataDirs;
    private volatile List<ShippedStrategy> strategies;

    public StrategyCatalog(LabConfig config) {
        this.dir = locate(Path.of(config.strategies().dir()));
        this.dataDirs = config.strategies().dataDirs().map(l -> l.stream().map(Path::of).toList())
                .orElseGet(() -> dir != null && Files.isDirectory(dir.resolve("networks")) ? List.of(dir.resolve("networks")) : List.of());
    }

    public Path dir() {
        return dir;
    }

    /** Where a snapshot of a strategy in {@code strategyDir} is looked up: that directory, then the data directories. */
    public SnapshotLocations snapshots(Path strategyDir) {
        return new SnapshotLocations(strategyDir, dataDirs);
    }

    public List<ShippedStrategy> list() {
        List<ShippedStrategy> s = strategies;
        if (s == null) {
            s = read();
            strategies = s;
        }
        return s;
    }

    /** By strategy name or file name (with or without extension). */
    public Optional<ShippedStrategy> find(String name) {
        return list().stream().filter(s -> s.name().equals(name) || s.fileName().equals(name)
                || stripExtension(s.fileName()).equals(name)).findFirst();
    }

    private List<ShippedStrategy> read() {
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(StrategyCatalog::isStrategy)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(this::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list strategies in " + dir, e);
        }
    }

    private ShippedStrategy load(Path file) {
        String fileName = file.getFileName().toString();
        try {
            byte[] content = Files.readAllBytes(file);
            LoadResult result = StrategyLoader.check(fileName, content, snapshots(dir));
            String name = result instanceof LoadResult.Valid v ? v.spec().name() : stripExtension(fileName);
            return new ShippedStrategy(name, fileName, content, result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isStrategy(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && !name.endsWith(".schema.json")
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static Path locate(Path configured) {
        if (Files.isDirectory(configured)) {
            return configured.toAbsolutePath();
        }
        URL url = Thread.currentThread().getContextClassLoader().getResource("strategies/");
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened earlier in this JVM; Path.of(uri) uses that file system
                }
            }
            return Path.of(uri);
        } catch (Exception e) {
            return null;
        }
    }
}
