package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchFileTest {
    static final Path DIR = Path.of("strategies/searches");
    static final String GOOD = """
            name: t
            base: ../wash-trader.yaml
            search:
              params:
                roundTripTao: { min: 1, max: 100, scale: log }
                linkedColdkeys: [1, 8]
              length: [1d, 10d]
            budgets: [500, 2000]
            objective: pnl
            constraints: { minPnlTao: -10, noAlarms: true, maxBlocks: 72000 }
            seeds: 3
            statistic: q25
            evaluations: 30
            """;

    static SearchSpec load(String yaml) throws SearchInvalid {
        return SearchLoader.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), DIR);
    }

    static String errors(String yaml) {
        try {
            load(yaml);
            return fail("expected errors for:\n" + yaml);
        } catch (SearchInvalid e) {
            return String.join("\n", e.errors().stream().map(FieldError::format).toList());
        }
    }

    @Test
    void readsTheSearchSpace() throws Exception {
        SearchSpec s = load(GOOD);
        assertEquals(List.of(500.0, 2000.0), s.budgetsTao());
        assertEquals(List.of(new SearchDim("params.roundTripTao", SearchDim.Kind.NUMBER, 1, 100, true, List.of()),
                new SearchDim("params.linkedColdkeys", SearchDim.Kind.INTEGER, 1, 8, false, List.of()),
                new SearchDim("length", SearchDim.Kind.INTEGER, 7200, 72000, false, List.of())), s.params());
        assertEquals(List.of(s.base().seed(), s.base().seed() + 1, s.base().seed() + 2), s.seeds());
        assertEquals(new SearchSpec.Constraints(java.util.Optional.of(-10.0), true, java.util.Optional.of(72000L)), s.constraints());
        assertEquals("washer", s.searched().id());
    }

    @Test
    void errorsPointAtTheValue() {
        String all = errors(GOOD.replace("roundTripTao: { min: 1, max: 100, scale: log }", "roundTripTaox: [1, 2]")
                .replace("linkedColdkeys: [1, 8]", "linkedColdkeys: [1, 2.5]")
                .replace("objective: pnl", "objective: profit")
                .replace("budgets: [500, 2000]", "budgets: [2000, 500]")
                .replace("seeds: 3", "seeds: 0"));
        assertTrue(all.contains("t.yaml:5:5: search.params.roundTripTaox: unknown parameter 'roundTripTaox' for agent type 'wash-trader'"), all);
        assertTrue(all.contains("t.yaml:6:25: search.params.linkedColdkeys.max: expected an integer, got 2.5"), all);
        assertTrue(all.contains("t.yaml:9:12: objective: unknown objective 'profit' (allowed: redirected, redirected-per-tao-at-risk, pnl)"), all);
        assertTrue(all.contains("t.yaml:8:17: budgets[1]: budgets must ascend"), all);
        assertTrue(all.contains("t.yaml:11:8: seeds: "), all);
        assertTrue(errors(GOOD.replace("../wash-trader.yaml", "../nope.yaml")).contains("t.yaml:2:7: base: base strategy not found"));
        assertTrue(errors(GOOD + "adversary: nobody\n").contains("adversary: no adversary 'nobody' in the base (allowed: washer)"));
        String set = errors(GOOD + "set:\n  adversaries[0].target: 999\n");
        assertTrue(set.contains("base: the base (with set edits) is not a valid strategy: adversaries[0].target: netuid 999 is not in the network"),
                set);
        assertTrue(errors(GOOD.replace("  length: [1d, 10d]\n", "  length: [1d, 99d]\n")).contains("search.length[1]: duration 99d is outside"));
        assertTrue(errors(GOOD.replace("scale: log", "scale: log, min: 0")).contains("duplicate"), "duplicate keys are syntax errors");
    }

    @Test
    void shippedSearchFilesLoadAndMatchTheSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(DIR.resolve("search.schema.json").toFile()));
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(!files.isEmpty());
        for (Path f : files) {
            SearchSpec spec = SearchLoader.load(f);
            assertEquals(f.getFileName().toString(), spec.name() + ".yaml");
            JsonNode doc = new YAMLMapper().readTree(f.toFile());
            assertTrue(schema.validate(doc).isEmpty(), f + ": " + schema.validate(doc));
        }
        JsonNode bad = new YAMLMapper().readTree(GOOD + "budgetTao: 5\nextra: 1\n");
        String problems = schema.validate(bad).toString();
        assertTrue(problems.contains("extra") && problems.contains("not"), problems);
    }
}
