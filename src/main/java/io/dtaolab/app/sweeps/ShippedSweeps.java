package io.dtaolab.app.sweeps;

import io.dtaolab.app.runs.StrategyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shipped sweep files: {@code sweeps/} under the strategies directory, found by file name with or without extension. */
@ApplicationScoped
public class ShippedSweeps {
    private final Path dir;

    public ShippedSweeps(StrategyCatalog catalog) {
        this.dir = catalog.dir() == null ? null : catalog.dir().resolve("sweeps");
    }

    public List<String> names() {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(ShippedSweeps::isSweep)
                    .map(n -> n.substring(0, n.lastIndexOf('.'))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list sweeps in " + dir, e);
        }
    }

    public Optional<Path> find(String name) {
        if (dir == null || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        return Stream.of(name, name + ".yaml", name + ".yml", name + ".json").filter(ShippedSweeps::isSweep)
                .map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static boolean isSweep(String fileName) {
        return !fileName.endsWith(".schema.json")
                && (fileName.endsWith(".yaml") || fileName.endsWith(".yml") || fileName.endsWith(".json"));
    }
}
