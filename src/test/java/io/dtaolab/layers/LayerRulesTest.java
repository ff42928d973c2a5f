package io.dtaolab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layer table of DESIGN.md §1, checked on every main source file: each layer imports only the layers it may, no
 * layer below app imports a framework, and app's rooms (and experiment's) import each other without a cycle.
 * References count whether imported or written fully qualified in code.
 */
class LayerRulesTest {
    static final Path SOURCES = Path.of("src/main/java");

    /** Layer → the other layers it may import. Classes listed in {@link #CHAIN_VALUES} are the exception noted. */
    static final Map<String, Set<String>> MAY_IMPORT = Map.of(
            "chain", Set.of(),
            "agents", Set.of("chain"),
            "scenario", Set.of("chain", "agents"),
            "engine", Set.of("chain", "agents", "scenario"),
            "analysis", Set.of("engine"),
            "experiment", Set.of("scenario", "engine", "analysis"),
            "conformance", Set.of("chain"),
            "app", Set.of("chain", "agents", "scenario", "engine", "analysis", "experiment", "conformance"));

    /** Chain value types analysis and experiment may name: immutable data, no behaviour that moves the chain. */
    static final Set<String> CHAIN_VALUES = Set.of("io.dtaolab.chain.Rao", "io.dtaolab.chain.Mechanism");

    static final List<String> FRAMEWORKS = List.of("io.quarkus", "jakarta", "javax.ws", "javax.inject", "io.smallrye",
            "io.micrometer", "org.apache.kafka", "picocli", "org.eclipse.microprofile", "io.vertx", "org.jboss");

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bio\\.dtaolab\\.(?:[a-z]\\w*\\.)+[A-Z]\\w*");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"",
            Pattern.DOTALL);

    record Source(Path file, String pkg, List<String> imports, List<String> qualified) {
        String layer() {
            return layerOf(pkg);
        }
    }

    static String layerOf(String name) {
        String rest = name.substring("io.dtaolab.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static List<Source> scanned;

    static synchronized List<Source> sources() {
        if (scanned == null) {
            scanned = scan();
        }
        return scanned;
    }

    private static List<Source> scan() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(LayerRulesTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source read(Path file) {
        try {
            String text = Files.readString(file);
            Matcher p = PACKAGE.matcher(text);
            String pkg = p.find() ? p.group(1) : "";
            List<String> imports = new ArrayList<>();
            for (Matcher m = IMPORT.matcher(text); m.find(); ) {
                imports.add(m.group(1));
            }
            String code = COMMENT_OR_STRING.matcher(IMPORT.matcher(text).replaceAll("")).replaceAll("");
            List<String> qualified = new ArrayList<>();
            for (Matcher m = QUALIFIED.matcher(code); m.find(); ) {
                qualified.add(m.group());
            }
            return new Source(file, pkg, imports, qualified);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package part of a reference ({@code io.dtaolab.chain.Rao} → {@code io.dtaolab.chain}). */
    static String packageOf(String reference) {
        String[] parts = reference.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : ".").append(part);
        }
        return sb.toString();
    }

    /** A reference trimmed to its top-level class ({@code …Mechanism.ShareRule.X} → {@code …Mechanism}). */
    static String topClass(String reference) {
        String pkg = packageOf(reference);
        String rest = reference.substring(pkg.length() + 1);
        int dot = rest.indexOf('.');
        return pkg + "." + (dot < 0 ? rest : rest.substring(0, dot));
    }

    @Test
    void everyPackageBelongsToALayerOfTheTable() {
        List<String> unknown = sources().stream().map(Source::pkg).distinct()
                .filter(p -> !p.startsWith("io.dtaolab.") || !MAY_IMPORT.containsKey(layerOf(p))).toList();
        assertEquals(List.of(), unknown, "packages outside DESIGN.md §1's layers");
    }

    @Test
    void eachLayerImportsOnlyWhatTheTableAllows() {
        List<String> violations = layerViolations(sources());
        assertEquals(List.of(), violations, "imports against DESIGN.md §1\n" + String.join("\n", violations));
    }

    static List<String> layerViolations(List<Source> sources) {
        List<String> violations = new ArrayList<>();
        for (Source s : sources) {
            String layer = s.layer();
            Set<String> allowed = MAY_IMPORT.getOrDefault(layer, Set.of());
            List<String> refs = new ArrayList<>(s.imports());
            refs.addAll(s.qualified());
            for (String ref : refs) {
                if (!ref.startsWith("io.dtaolab.")) {
                    continue;
                }
                String target = layerOf(packageOf(ref));
                if (target.equals(layer) || allowed.contains(target)) {
                    continue;
                }
                if (target.equals("chain") && (layer.equals("analysis") || layer.equals("experiment"))
                        && CHAIN_VALUES.contains(topClass(ref))) {
                    continue;
                }
                violations.add(s.file() + ": " + layer + " must not use " + ref + " (" + layer + " may import "
                        + (allowed.isEmpty() ? "JDK only" : new TreeSet<>(allowed))
                        + (layer.equals("analysis") || layer.equals("experiment") ? " and chain " + CHAIN_VALUES : "") + ")");
            }
        }
        return violations;
    }

    @Test
    void noFrameworkBelowApp() {
        List<String> violations = frameworkViolations(sources());
        assertEquals(List.of(), violations, "framework imports below app\n" + String.join("\n", violations));
    }

    static List<String> frameworkViolations(List<Source> sources) {
        List<String> violations = new ArrayList<>();
        for (Source s : sources) {
            if (s.layer().equals("app")) {
                continue;
            }
            for (String imp : s.imports()) {
                if (FRAMEWORKS.stream().anyMatch(f -> imp.equals(f) || imp.startsWith(f + "."))) {
                    violations.add(s.file() + ": framework import " + imp + " in layer " + s.layer()
                            + " (frameworks live in app only)");
                }
            }
        }
        return violations;
    }

    /** app's rooms (api, cli, runs, jobs, messaging, …) and experiment's sub-packages depend on each other one way. */
    @Test
    void appAndExperimentPackagesHaveNoCycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Source s : sources()) {
            if (!s.layer().equals("app") && !s.layer().equals("experiment")) {
                continue;
            }
            Set<String> out = graph.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            Stream.concat(s.imports().stream(), s.qualified().stream())
                    .filter(r -> r.startsWith("io.dtaolab.")).map(LayerRulesTest::packageOf)
                    .filter(p -> !p.equals(s.pkg()) && layerOf(p).equals(s.layer())).forEach(out::add);
        }
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertTrue(cycles.isEmpty(), "package cycles: " + cycles);
    }

    private static void findCycle(Map<String, Set<String>> graph, String start, List<String> path, List<String> cycles) {
        for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                cycles.add(String.join(" -> ", cycle));
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                findCycle(graph, start, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    /** Each package says what it holds and what it may import, next to its code. */
    /** One way to execute a strategy (issue 10): every run, whatever asks for it, goes through RunPipeline. */
    @Test
    void onlyRunPipelineBuildsARun() throws IOException {
        List<String> builders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (Pattern.compile("new Run\\(").matcher(Files.readString(f)).find()) {
                    builders.add(f.toString().replace('\\', '/'));
                }
            }
        }
        assertEquals(List.of("src/main/java/io/dtaolab/experiment/RunPipeline.java"), builders);
    }

    @Test
    void everyPackageHasAPackageInfoSayingWhatItMayImport() {
        List<String> missing = sources().stream().map(Source::file).map(Path::getParent).distinct()
                .filter(dir -> {
                    Path info = dir.resolve("package-info.java");
                    try {
                        return !Files.isRegularFile(info) || !Files.readString(info).contains("May import:");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).map(Path::toString).toList();
        assertEquals(List.of(), missing, "packages without a package-info.java stating 'May import:'");
    }

    /** The checker itself: forbidden references in made-up files are caught, allowed ones are not. */
    @Test
    void theCheckerCatchesForbiddenReferences() {
        Source engine = new Source(Path.of("Fake.java"), "io.dtaolab.engine",
                List.of("io.dtaolab.experiment.RunPipeline", "io.quarkus.runtime.Startup", "io.dtaolab.chain.Network"),
                List.of("io.dtaolab.app.cli.LabMain"));
        Source analysis = new Source(Path.of("Fake2.java"), "io.dtaolab.analysis",
                List.of("io.dtaolab.chain.Rao", "io.dtaolab.chain.Presets"), List.of("io.dtaolab.chain.Mechanism.ShareRule"));
        List<String> layers = layerViolations(List.of(engine, analysis));
        assertEquals(3, layers.size(), layers.toString());
        assertTrue(layers.get(0).contains("io.dtaolab.experiment.RunPipeline"), layers.get(0));
        assertTrue(layers.get(1).contains("io.dtaolab.app.cli.LabMain"), layers.get(1));
        assertTrue(layers.get(2).contains("io.dtaolab.chain.Presets"), layers.get(2));
        List<String> frameworks = frameworkViolations(List.of(engine, analysis));
        assertEquals(1, frameworks.size(), frameworks.toString());
        assertTrue(frameworks.get(0).contains("io.quarkus.runtime.Startup"));
        assertTrue(sources().size() > 300, "the scan found the sources");
    }
}
