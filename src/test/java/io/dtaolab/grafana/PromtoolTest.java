package io.dtaolab.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Prometheus configuration and alerting rules, checked and unit-tested by promtool. */
class PromtoolTest {

    @Test
    void scrapeConfigIsValid() throws Exception {
        Promtool.Result r = Promtool.run(GrafanaDir.PROMETHEUS, "check", "config", "prometheus.yml");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("1 rule files found"), r.output());
    }

    @Test
    void alertingRulesAreValid() throws Exception {
        Promtool.Result r = Promtool.run(GrafanaDir.PROMETHEUS, "check", "rules", "alerts.yml");
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void alertingRulesPassTheirUnitTests() throws Exception {
        Promtool.Result r = Promtool.run(GrafanaDir.PROMETHEUS, "test", "rules", "tests/alerts_test.yml");
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("SUCCESS"), r.output());
    }

    @Test
    void promtoolRejectsABrokenRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yml"), """
                groups:
                  - name: broken
                    rules:
                      - alert: Broken
                        expr: abs(dtao_emission_share_deviation_ratio > 0.02
                """);
        Promtool.Result r = Promtool.run(dir, "check", "rules", "broken.yml");
        assertNotEquals(0, r.exitCode(), r.output());
    }
}
