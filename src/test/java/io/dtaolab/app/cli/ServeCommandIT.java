package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged lab started as the README says: serve's options decide port, token and where runs are kept. */
class ServeCommandIT {
    private static final Path JAR = Path.of(System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar"));

    @TempDir
    Path tmp;

    @Test
    void portTokenAndDataDirFromTheCommandLine() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing; run through ./mvnw verify so the lab is packaged first");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = tmp.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx384m", "-jar", JAR.toAbsolutePath().toString(), "serve",
                "--port", Integer.toString(port), "--token", "t0ken", "--data-dir", data.toString()))
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("lab.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            int ready = 0;
            while (ready != 200 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(250);
                try {
                    ready = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    ready = 0;
                }
            }
            assertEquals(200, ready, () -> "not ready on --port " + port + ":\n" + log());
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/runs")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"strategy\": \"wash-trader\", \"blocks\": 20, \"speed\": 1}"))
                    .timeout(Duration.ofSeconds(30));
            assertEquals(401, http.send(post.build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "--token is enforced");
            HttpResponse<String> created = http.send(post.header("Authorization", "Bearer t0ken").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            String id = created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
            assertTrue(Files.isDirectory(data.resolve("runs").resolve(id)), () -> "run kept under --data-dir: " + log());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private String log() {
        try {
            return Files.readString(tmp.resolve("lab.log"));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
