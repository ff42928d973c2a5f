package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command lines the README and grafana/docker-compose.yml tell users to type are ones the CLI accepts, and the
 * compose stack's lab listens where the Prometheus container can reach it.
 */
class DocumentedCommandsTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Pattern INVOCATION = Pattern.compile("quarkus-run\\.jar\\s+(.*)$");

    /** A documented command line: where it is, the environment and JVM settings before the jar, the lab's arguments. */
    record Invocation(String where, String prefix, List<String> args) {
    }

    static List<Invocation> invocations(Path file) throws Exception {
        List<Invocation> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            boolean code = fenced || line.startsWith("    ") || line.startsWith("#   ") || line.startsWith("  ");
            Matcher m = INVOCATION.matcher(line);
            if (!code || line.strip().startsWith("|") || !m.find() || line.contains("<command>")) {
                continue;
            }
            String rest = m.group(1).replaceAll("\\s#.*$", "").replaceAll("\\(see .*$", "").replaceAll("\\[[^]]*]", "")
                    .replaceAll("`.*$", "").strip();
            String prefix = line.substring(0, m.start());
            String where = PROJECT.relativize(file) + ":" + (i + 1);
            found.add(new Invocation(where, prefix, words(rest)));
        }
        return found;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    @Test
    void everyDocumentedCommandLineParses() throws Exception {
        List<Invocation> all = new ArrayList<>(invocations(PROJECT.resolve("README.md")));
        all.addAll(invocations(PROJECT.resolve("grafana/docker-compose.yml")));
        assertTrue(all.size() >= 10, () -> "expected the README's command lines, found " + all);
        assertTrue(all.stream().anyMatch(i -> i.args().contains("serve")), all::toString);
        for (Invocation inv : all) {
            try {
                new CommandLine(new LabCommand()).parseArgs(inv.args().toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError(inv.where() + ": `" + String.join(" ", inv.args()) + "` is refused: " + e.getMessage());
            }
        }
    }

    @Test
    void theComposeStacksLabListensBeyondLoopbackWithAToken() throws Exception {
        List<Invocation> serve = invocations(PROJECT.resolve("grafana/docker-compose.yml")).stream()
                .filter(i -> !i.args().isEmpty() && i.args().get(0).equals("serve")).toList();
        assertFalse(serve.isEmpty(), "grafana/docker-compose.yml should say how to start the lab");
        for (Invocation inv : serve) {
            ServeCommand cmd = new ServeCommand();
            new CommandLine(cmd).parseArgs(inv.args().subList(1, inv.args().size()).toArray(String[]::new));
            Map<String, String> config = cmd.configuration();
            String host = config.getOrDefault("quarkus.http.host", jvmProperty(inv.prefix(), "quarkus.http.host"));
            assertTrue(host != null && !host.startsWith("127.") && !host.equals("localhost"), () -> inv.where()
                    + ": the Prometheus container reaches the lab through host.docker.internal, so it must not listen on "
                    + "loopback only: " + inv);
            assertTrue(config.containsKey("lab.api.token") || inv.prefix().contains("LAB_API_TOKEN="), () -> inv.where()
                    + ": beyond loopback the lab refuses to start without a token: " + inv);
        }
    }

    private static String jvmProperty(String prefix, String key) {
        Matcher m = Pattern.compile("-D" + Pattern.quote(key) + "=(\\S+)").matcher(prefix);
        return m.find() ? m.group(1) : null;
    }
}
