package io.dtaolab.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The conventions every shipped dashboard follows, so provisioning and the live query check can rely on them. */
class DashboardConventionsTest {
    static final int SCHEMA_VERSION = 39;
    static final String DATASOURCE_REF = "${datasource}";
    private static final Pattern UID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern VARIABLE_USE = Pattern.compile("\\$\\{?(\\w+)");

    static Stream<Path> dashboards() {
        return GrafanaDir.dashboardFiles().stream();
    }

    @Test
    void uidsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Path f : GrafanaDir.dashboardFiles()) {
            String uid = GrafanaDir.json(f).path("uid").asText();
            assertTrue(seen.add(uid), f + ": uid '" + uid + "' is used by another dashboard");
        }
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void identityIsFixedForProvisioning(Path file) {
        JsonNode d = GrafanaDir.json(file);
        assertTrue(UID.matcher(d.path("uid").asText()).matches(), file + ": uid must be fixed, got " + d.get("uid"));
        assertTrue(d.has("id") && d.get("id").isNull(), file + ": id must be null so Grafana assigns its own");
        assertEquals(SCHEMA_VERSION, d.path("schemaVersion").asInt(), file + ": schemaVersion is pinned");
        assertTrue(!d.path("title").asText().isBlank(), file + ": title");
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void datasourceIsAVariable(Path file) {
        JsonNode v = Variables.named(GrafanaDir.json(file), "datasource")
                .orElseThrow(() -> new AssertionError(file + ": no 'datasource' variable"));
        assertEquals("datasource", v.path("type").asText(), file + ": datasource variable type");
        assertEquals("prometheus", v.path("query").asText(), file + ": datasource variable plugin");
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void presetAndNetuidComeFromLabelValues(Path file) {
        JsonNode d = GrafanaDir.json(file);
        for (String name : List.of("preset", "netuid")) {
            JsonNode v = Variables.named(d, name).orElseThrow(() -> new AssertionError(file + ": no '" + name + "' variable"));
            assertEquals("query", v.path("type").asText(), file + ": " + name + " type");
            assertDatasource(file + ": variable " + name, v.path("datasource"));
            Matcher m = Variables.labelValues(v);
            assertTrue(m.matches(), file + ": variable " + name + " must use label_values(<selector>, " + name + "), got "
                    + Variables.queryText(v));
            assertEquals(name, m.group(2), file + ": variable " + name + " reads label " + m.group(2));
        }
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void everyPanelHasAUnitTheDatasourceVariableAndQueries(Path file) {
        JsonNode d = GrafanaDir.json(file);
        List<String> problems = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode p : Panels.of(d)) {
            String where = "panel '" + p.path("title").asText() + "'";
            if (!ids.add(p.path("id").asInt(-1))) {
                problems.add(where + ": id " + p.get("id") + " missing or repeated");
            }
            if (p.path("fieldConfig").path("defaults").path("unit").asText().isBlank()) {
                problems.add(where + ": no fieldConfig.defaults.unit");
            }
            if (!DATASOURCE_REF.equals(p.path("datasource").path("uid").asText())) {
                problems.add(where + ": datasource must reference " + DATASOURCE_REF);
            }
            if (p.path("targets").isEmpty()) {
                problems.add(where + ": no targets");
            }
            Set<String> refIds = new HashSet<>();
            for (JsonNode t : p.path("targets")) {
                String ref = t.path("refId").asText();
                if (ref.isBlank() || !refIds.add(ref)) {
                    problems.add(where + ": refId '" + ref + "' missing or repeated");
                }
                if (t.path("expr").asText().isBlank()) {
                    problems.add(where + " query " + ref + ": empty expr");
                }
                if (t.has("datasource") && !DATASOURCE_REF.equals(t.path("datasource").path("uid").asText())) {
                    problems.add(where + " query " + ref + ": datasource must reference " + DATASOURCE_REF);
                }
            }
        }
        assertTrue(problems.isEmpty(), file + ":\n  " + String.join("\n  ", problems));
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void queriesUseOnlyDefinedVariablesAndKnownMacros(Path file) {
        JsonNode d = GrafanaDir.json(file);
        Set<String> known = new HashSet<>(GrafanaMacros.VALUES.keySet());
        d.path("templating").path("list").forEach(v -> known.add(v.path("name").asText()));
        List<String> problems = new ArrayList<>();
        for (PanelQuery q : PanelQuery.of(d)) {
            Matcher m = VARIABLE_USE.matcher(q.expr());
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    problems.add(q + ": unknown variable $" + m.group(1));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void runPickerListsRunsNewestFirstAsStrategySeedPresetId(Path file) {
        JsonNode v = Variables.named(GrafanaDir.json(file), "run").orElseThrow(() -> new AssertionError(file + ": no run"));
        assertEquals("query", v.path("type").asText(), file + ": run type");
        assertDatasource(file + ": variable run", v.path("datasource"));
        assertEquals(3, v.path("query").path("qryType").asInt(), file + ": run is a query_result variable (qryType 3)");
        String expr = RunPicker.expr(v).orElseThrow(() -> new AssertionError(file + ": run is not query_result(...)"));
        assertTrue(expr.startsWith("sort_desc(" + RunPicker.LABELLED), file + ": run picker query " + expr);
        assertEquals(0, v.path("sort").asInt(), file + ": run keeps the query's order (newest first)");

        JsonNode result = GrafanaDir.JSON.createArrayNode().add(GrafanaDir.JSON.createObjectNode()
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("metric", GrafanaDir.JSON.createObjectNode()
                        .put("instance", "127.0.0.1:8080").put("job", "dtao-lab").put("preset", "current-2026-06")
                        .put("run", "r-e15fefb52030").put("seed", "7").put("strategy", "wash-trader")
                        .put("title", "wash-trader · 7 · current-2026-06 · r-e15fefb52030"))
                .set("value", GrafanaDir.JSON.createArrayNode().add(1733337600.5).add("1733337000")));
        assertEquals(List.of(new RunPicker.Option("wash-trader · 7 · current-2026-06 · r-e15fefb52030", "r-e15fefb52030")),
                RunPicker.options(v, result), file + ": run picker text and value");
    }

    private static void assertDatasource(String where, JsonNode ref) {
        assertEquals("prometheus", ref.path("type").asText(), where + ": datasource type");
        assertEquals(DATASOURCE_REF, ref.path("uid").asText(), where + ": datasource uid");
    }
}
