package io.dtaolab.app.cli;

import io.quarkus.runtime.Quarkus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the live lab (REST API, SSE, metrics). Each option is a shorthand for a configuration key, set as a
 * system property before Quarkus boots, so it beats the same key from the environment or application.properties.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the live lab: REST API under /api, SSE event streams, OpenAPI at /q/openapi, Swagger UI at "
                + "/q/swagger-ui, Prometheus metrics at /q/metrics. Stop with Ctrl-C.",
                "Every option has a configuration key (system property, environment variable or application.properties)."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (key quarkus.http.port, env QUARKUS_HTTP_PORT; default 8080)")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "listen address (key quarkus.http.host, env QUARKUS_HTTP_HOST; default 127.0.0.1); "
                    + "a non-loopback address needs a token or --insecure")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "bearer token for POST/PUT/DELETE and event streams (key lab.api.token, env LAB_API_TOKEN; "
                    + "prefer the environment variable: a command line is visible to other users)")
    String token;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "where runs and sweeps are kept: DIR/runs and DIR/sweeps (keys lab.runs.dir and lab.sweeps.dir, "
                    + "env LAB_RUNS_DIR and LAB_SWEEPS_DIR; default ./runs and ./sweeps)")
    Path dataDir;

    @Option(names = "--insecure", description = "allow a non-loopback --host without a token (key lab.api.insecure)")
    boolean insecure;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "any other configuration key, e.g. -Dlab.runs.max-concurrent=4")
    Map<String, String> properties = new LinkedHashMap<>();

    /** The configuration keys this command line sets, in the order they are applied. */
    Map<String, String> configuration() {
        Map<String, String> out = new LinkedHashMap<>(properties);
        if (port != null) {
            out.put("quarkus.http.port", Integer.toString(port));
        }
        if (host != null) {
            out.put("quarkus.http.host", host);
        }
        if (token != null) {
            out.put("lab.api.token", token);
        }
        if (dataDir != null) {
            out.put("lab.runs.dir", dataDir.resolve("runs").toString());
            out.put("lab.sweeps.dir", dataDir.resolve("sweeps").toString());
        }
        if (insecure) {
            out.put("lab.api.insecure", "true");
        }
        return out;
    }

    @Override
    public Integer call() {
        if (port != null && (port < 0 || port > 65_535)) {
            System.err.println("--port must be between 0 and 65535, got " + port);
            return 2;
        }
        configuration().forEach(System::setProperty);
        Quarkus.run();
        return 0;
    }
}
