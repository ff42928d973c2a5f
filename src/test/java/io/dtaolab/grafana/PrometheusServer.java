package io.dtaolab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dtaolab.prereq.Prerequisites;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Prometheus on a free loopback port with the shipped configuration and rules; only the lab's address
 * is rewritten (to the test's lab) and the storage is a temporary directory.
 */
final class PrometheusServer implements AutoCloseable {
    static final String JOB = "dtao-lab";

    private final ManagedProcess process;
    private final int port;

    private PrometheusServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static PrometheusServer start(Path dir, int labPort) throws Exception {
        Path conf = dir.resolve("prometheus");
        Files.createDirectories(conf);
        writeConfig(conf, labPort);
        int port = Http.freePort();
        ManagedProcess p = ManagedProcess.start("prometheus", List.of(Prerequisites.PROMETHEUS.require("the live dashboard check").toString(),
                "--config.file=" + conf.resolve("prometheus.yml").toAbsolutePath(),
                "--storage.tsdb.path=" + dir.resolve("prometheus-data").toAbsolutePath(),
                "--web.listen-address=127.0.0.1:" + port), conf, dir.resolve("prometheus.log"));
        PrometheusServer prom = new PrometheusServer(p, port);
        try {
            Poll.until(Duration.ofSeconds(30), p::logTail, () -> Http.status(prom.uri("/-/ready")) == 200 || !p.alive());
            if (!p.alive()) {
                throw new AssertionError("Prometheus exited: " + p.logTail());
            }
            return prom;
        } catch (Exception | AssertionError e) {
            p.close();
            throw e;
        }
    }

    private static void writeConfig(Path conf, int labPort) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode config = (ObjectNode) GrafanaDir.yaml(GrafanaDir.PROMETHEUS.resolve("prometheus.yml"));
        ObjectNode job = null;
        for (JsonNode j : config.path("scrape_configs")) {
            if (JOB.equals(j.path("job_name").asText())) {
                job = (ObjectNode) j;
            }
        }
        if (job == null || !"1s".equals(job.path("scrape_interval").asText())) {
            throw new AssertionError("the shipped prometheus.yml needs job " + JOB + " scraping every 1s");
        }
        Path targets = conf.resolve("lab-targets.yml");
        Files.writeString(targets, "- targets: ['127.0.0.1:" + labPort + "']\n");
        ArrayNode sd = job.putArray("file_sd_configs");
        sd.addObject().putArray("files").add(targets.toAbsolutePath().toString());
        for (JsonNode rules : config.path("rule_files")) {
            Files.copy(GrafanaDir.PROMETHEUS.resolve(rules.asText()), conf.resolve(rules.asText()));
        }
        yaml.writeValue(conf.resolve("prometheus.yml").toFile(), config);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The result vector of an instant query; a query Prometheus rejects fails with its error. */
    JsonNode query(String expr) throws Exception {
        JsonNode body = api("/api/v1/query?query=" + enc(expr), expr);
        return body.path("data").path("result");
    }

    /** The result matrix of a range query over the last {@code seconds}, one point a second. */
    JsonNode queryRange(String expr, long seconds) throws Exception {
        long end = System.currentTimeMillis() / 1000;
        JsonNode body = api("/api/v1/query_range?query=" + enc(expr) + "&start=" + (end - seconds) + "&end=" + end
                + "&step=1", expr);
        return body.path("data").path("result");
    }

    /** Values of a label among the series matching a selector: what Grafana's label_values(selector, label) asks. */
    List<String> labelValues(String selector, String label) throws Exception {
        JsonNode body = api("/api/v1/label/" + label + "/values?match[]=" + enc(selector), selector);
        List<String> out = new ArrayList<>();
        body.path("data").forEach(v -> out.add(v.asText()));
        return out;
    }

    JsonNode rules() throws Exception {
        return api("/api/v1/rules", "rules").path("data").path("groups");
    }

    String logTail() {
        return process.logTail();
    }

    private JsonNode api(String pathAndQuery, String what) throws Exception {
        Http.Response r = Http.get(uri(pathAndQuery));
        JsonNode body = r.json();
        if (r.status() != 200 || !"success".equals(body.path("status").asText())) {
            throw new AssertionError("Prometheus rejected " + what + ": " + body.path("error").asText(r.body()));
        }
        return body;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
