package io.dtaolab.app.cli;

import io.dtaolab.scenario.AdversarySpec;
import io.dtaolab.scenario.Durations;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = {"List the shipped strategy files: name, adversary types, preset, duration, description.",
                "Reads ./strategies if it exists, else the copy packaged in the jar."})
public final class StrategiesCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "directory to list instead of ./strategies")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = dir != null ? dir : locate();
        if (root == null || !Files.isDirectory(root)) {
            err.println("no strategies directory found" + (dir != null ? ": " + dir : " (./strategies or classpath strategies/)"));
            err.flush();
            return 1;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(root)) {
            files = list.filter(StrategiesCommand::isStrategy).sorted((a, b) -> a.getFileName().toString()
                    .compareTo(b.getFileName().toString())).toList();
        }
        out.printf("%-28s %-28s %-34s %-8s %s%n", "NAME", "ADVERSARIES", "PRESET", "DURATION", "DESCRIPTION");
        for (Path file : files) {
            LoadResult result = StrategyLoader.check(file);
            if (result instanceof LoadResult.Valid valid) {
                StrategySpec s = valid.spec();
                List<String> types = s.adversaries().stream().map(AdversarySpec::type).map(t -> t.id()).distinct().toList();
                out.printf("%-28s %-28s %-34s %-8s %s%n", s.name(), types.isEmpty() ? "-" : String.join(",", types),
                        String.join(" vs ", s.presets()), Durations.format(s.blocks()), s.description().orElse(""));
            } else {
                LoadResult.Invalid invalid = (LoadResult.Invalid) result;
                out.printf("%-28s INVALID (%d errors; run: validate %s)%n", file.getFileName(), invalid.errors().size(),
                        file.getFileName());
            }
        }
        out.flush();
        return 0;
    }

    private static boolean isStrategy(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && !name.endsWith(".schema.json")
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    private static Path locate() throws IOException {
        Path local = Path.of("strategies");
        if (Files.isDirectory(local)) {
            return local;
        }
        URL url = StrategiesCommand.class.getClassLoader().getResource("strategies/");
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // another caller opened the jar; Path.of(uri) below uses that file system
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
