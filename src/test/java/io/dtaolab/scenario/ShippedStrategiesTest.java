package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.agents.catalog.AgentRole;
import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.chain.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedStrategiesTest {
    static final Path DIR = Path.of("strategies");
    static final Path SCHEMA = DIR.resolve("strategy.schema.json");

    static List<Path> shipped() throws Exception {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyShippedStrategyLoads() throws Exception {
        Set<AgentType> covered = new HashSet<>();
        int snapshots = 0;
        boolean compare = false;
        for (Path file : shipped()) {
            LoadResult r = StrategyLoader.check(file);
            if (r instanceof LoadResult.Invalid i) {
                fail(String.join("\n", i.errors().stream().map(FieldError::format).toList()));
            }
            StrategySpec s = ((LoadResult.Valid) r).spec();
            assertEquals(file.getFileName().toString(), s.name() + ".yaml", "file name matches strategy name");
            if (s.name().equals("mainnet-block-loop")) {
                continue; // the speed benchmark's agent-free yardstick (BENCHMARKS.md), not a study: a year, nobody trades
            }
            assertEquals(216_000, s.blocks(), file + " runs 30 days");
            assertTrue(s.honest().totalAgents() > 0, file + " has an honest population");
            s.adversaries().forEach(a -> covered.add(a.type()));
            snapshots += s.network().source() instanceof NetworkSpec.Snapshot ? 1 : 0;
            compare |= s.compares();
        }
        assertEquals(Set.copyOf(AgentType.of(AgentRole.ADVERSARY)), covered, "one strategy per adversary type");
        assertTrue(snapshots >= 2, "at least two strategies use the snapshot network");
        assertTrue(compare, "one strategy compares presets");
    }

    @Test
    void shippedSchemaIsCurrent() throws Exception {
        String generated = StrategySchema.json();
        if (Boolean.getBoolean("schema.write")) {
            Files.writeString(SCHEMA, generated);
        }
        assertEquals(generated, Files.readString(SCHEMA),
                "strategies/strategy.schema.json is stale: run the test with -Dschema.write=true");
    }

    @Test
    void schemaListsEveryPresetAndAgentType() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        JsonNode props = schema.get("properties");
        assertEquals(Presets.names(), texts(props.get("preset").get("enum")));
        assertEquals(AgentType.ids(AgentRole.ADVERSARY), texts(props.get("adversaries").get("items").get("properties")
                .get("type").get("enum")));
        List<String> honest = iterate(props.get("honest").get("properties").fieldNames());
        List<String> expected = new java.util.ArrayList<>(AgentType.ids(AgentRole.HONEST));
        expected.add(AgentReader.INCLUDE); // honest: { include: <population file> }
        assertEquals(expected, honest);
        JsonNode rules = props.get("adversaries").get("items").get("allOf");
        assertEquals(AgentType.of(AgentRole.ADVERSARY).size(), rules.size());
        for (JsonNode rule : rules) {
            AgentType t = AgentType.byId(rule.get("if").get("properties").get("type").get("const").asText()).orElseThrow();
            assertEquals(t.paramNames(), iterate(rule.get("then").get("properties").get("params").get("properties").fieldNames()));
        }
        Set<String> top = new HashSet<>(iterate(props.fieldNames()));
        assertEquals(Set.copyOf(StrategyValidator.KEYS), top);
    }

    private static List<String> texts(JsonNode array) {
        return iterate(array.elements()).stream().map(JsonNode::asText).toList();
    }

    private static <T> List<T> iterate(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
