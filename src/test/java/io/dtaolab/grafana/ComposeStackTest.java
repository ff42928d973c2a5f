package io.dtaolab.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compose file cannot run here (no Docker), so this checks it by construction: it parses, every bind mount
 * exists, and the paths the containers are told about are the ones the mounts provide.
 */
class ComposeStackTest {
    private static JsonNode services;

    @BeforeAll
    static void parse() {
        services = GrafanaDir.yaml(GrafanaDir.ROOT.resolve("docker-compose.yml")).path("services");
    }

    @Test
    void bothServicesReachTheHostAndMountExistingFiles() {
        for (String name : List.of("prometheus", "grafana")) {
            JsonNode s = services.path(name);
            assertTrue(s.path("image").asText().matches("[a-z/-]+:v?\\d+\\.\\d+\\.\\d+"), name + ": pinned image");
            assertTrue(s.path("extra_hosts").toString().contains("host.docker.internal:host-gateway"), name + ": extra_hosts");
            binds(s).keySet().forEach(src -> assertTrue(Files.exists(GrafanaDir.ROOT.resolve(src)), name + ": " + src + " missing"));
            s.path("ports").forEach(p -> assertTrue(p.asText().startsWith("127.0.0.1:"), name + ": publish on loopback only, " + p));
        }
    }

    @Test
    void prometheusReadsTheShippedConfigAndScrapesTheHost() {
        String configDir = binds(services.path("prometheus")).get("./prometheus");
        assertTrue(services.path("prometheus").path("command").toString()
                .contains("--config.file=" + configDir + "/prometheus.yml"), "config file flag");
        JsonNode targets = GrafanaDir.yaml(GrafanaDir.PROMETHEUS.resolve("targets/dtao-lab.yml"));
        assertEquals("host.docker.internal:8080", targets.path(0).path("targets").path(0).asText());
    }

    @Test
    void grafanaIsProvisionedWithTheDatasourceAndTheDashboards() {
        JsonNode g = services.path("grafana");
        Map<String, String> binds = binds(g);
        assertEquals("/etc/grafana/provisioning", binds.get("./provisioning"));
        assertEquals("${PROMETHEUS_URL:-http://prometheus:9090}", g.path("environment").path("PROMETHEUS_URL").asText());

        JsonNode ds = GrafanaDir.yaml(GrafanaDir.ROOT.resolve("provisioning/datasources/prometheus.yml")).path("datasources").path(0);
        assertEquals("prometheus", ds.path("type").asText());
        assertEquals("${PROMETHEUS_URL}", ds.path("url").asText());

        JsonNode provider = GrafanaDir.yaml(GrafanaDir.ROOT.resolve("provisioning/dashboards/dtao-lab.yml")).path("providers").path(0);
        String dashboardsPath = provider.path("options").path("path").asText();
        assertEquals(binds.get("./dashboards"), dashboardsPath);
        String home = g.path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText();
        assertTrue(home.startsWith(dashboardsPath + "/"), home);
        assertTrue(Files.exists(GrafanaDir.DASHBOARDS.resolve(home.substring(dashboardsPath.length() + 1))), home);
    }

    /** Bind mounts of a service: host path (relative to grafana/) to container path. */
    private static Map<String, String> binds(JsonNode service) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode v : service.path("volumes")) {
            String[] parts = v.asText().split(":");
            if (parts[0].startsWith("./")) {
                out.put(parts[0], parts[1]);
            }
        }
        return out;
    }
}
