package io.dtaolab.grafana;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structural check of every dashboard against Grafana's dashboard model. The schema was generated once from the
 * TypeScript {@code Dashboard} type of {@code @grafana/schema@13.2.3} with {@code ts-json-schema-generator@2.4.0}
 * ({@code --path node_modules/@grafana/schema/dist/types/raw/dashboard/x/types.gen.d.ts --type Dashboard
 * --no-type-check}); Grafana publishes no JSON Schema of its own.
 */
class DashboardSchemaTest {
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = DashboardSchemaTest.class.getResourceAsStream("/grafana/dashboard.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static Stream<Path> dashboards() {
        return GrafanaDir.dashboardFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void dashboardMatchesGrafanaModel(Path file) {
        Set<ValidationMessage> errors = schema.validate(GrafanaDir.json(file));
        assertTrue(errors.isEmpty(), file + ":\n  " + errors.stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.joining("\n  ")));
    }

    @Test
    void schemaRejectsAWrongTypeAndAnUnknownProperty() {
        ObjectNode d = (ObjectNode) GrafanaDir.json(GrafanaDir.dashboardFiles().get(0));
        ((ObjectNode) d.withArray("panels").get(0).get("gridPos")).put("w", "12");
        d.put("titel", "typo");
        Set<ValidationMessage> errors = schema.validate(d);
        assertFalse(errors.isEmpty());
        String all = errors.toString();
        assertTrue(all.contains("gridPos.w") && all.contains("titel"), all);
    }
}
