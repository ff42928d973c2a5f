package io.dtaolab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The packaged lab in {@code serve} mode on a free loopback port, with its run store in a temporary directory. */
final class LabServer implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));

    private final ManagedProcess process;
    private final int port;

    private LabServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static LabServer start(Path dir) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError(JAR + " is missing; run through ./mvnw verify so the lab is packaged first");
        }
        int port = Http.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ManagedProcess p = ManagedProcess.start("lab", List.of(java, "-Xmx512m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dlab.runs.dir=" + dir.resolve("runs").toAbsolutePath(),
                "-jar", JAR.toAbsolutePath().toString(), "serve"), Path.of("."), dir.resolve("lab.log"));
        LabServer lab = new LabServer(p, port);
        try {
            Poll.until(Duration.ofSeconds(60), p::logTail,
                    () -> Http.status(lab.uri("/q/health/ready")) == 200 || !p.alive());
            if (!p.alive()) {
                throw new AssertionError("the lab exited: " + p.logTail());
            }
            return lab;
        } catch (Exception | AssertionError e) {
            p.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts a run of a shipped strategy at the server's default pace; returns its id. */
    String startRun(String strategy, long blocks) throws Exception {
        Http.Response r = Http.postJson(uri("/api/runs"), "{\"strategy\":\"" + strategy + "\",\"blocks\":" + blocks + "}");
        if (r.status() != 201) {
            throw new AssertionError("POST /api/runs answered " + r.status() + ": " + r.body());
        }
        return r.json().path("id").asText();
    }

    /** The run's view, GET /api/runs/{id}. */
    JsonNode run(String id) throws Exception {
        return Http.get(uri("/api/runs/" + id)).json();
    }

    /** Starts a paced run of a strategy document (YAML) with blocks and pace overridden; returns its id. */
    String startRun(Path strategyYaml, long blocks, double blocksPerSecond) throws Exception {
        Http.Response r = Http.postYaml(uri("/api/runs?blocks=" + blocks + "&speed=" + blocksPerSecond),
                Files.readString(strategyYaml));
        if (r.status() != 201) {
            throw new AssertionError("POST /api/runs (" + strategyYaml.getFileName() + ") answered " + r.status() + ": "
                    + r.body());
        }
        return r.json().path("id").asText();
    }

    /** Starts a worst-attack search of a search file (YAML) on one thread; returns its id. */
    String startSearch(Path searchYaml) throws Exception {
        Http.Response r = Http.postYaml(uri("/api/searches?threads=1"), Files.readString(searchYaml));
        if (r.status() != 201) {
            throw new AssertionError("POST /api/searches (" + searchYaml.getFileName() + ") answered " + r.status() + ": "
                    + r.body());
        }
        return r.json().path("id").asText();
    }

    String logTail() {
        return process.logTail();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
