package io.dtaolab.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dtaolab.chain.Rao;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.Run;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunData;
import io.dtaolab.engine.RunListener;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events.jsonl: every extrinsic of both worlds above the size filter, in block order, complete fields, same bytes twice. */
class EventsFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("block", "world", "agent", "class", "adversary", "coldkey", "netuid",
            "kind", "side", "executed", "refusal", "taoRao", "alphaRao", "feeRao", "priceBefore", "priceAfter");

    @TempDir
    Path dir;

    private Path run(String name, double minTao) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, Files.readString(Path.of("src/test/resources/detect/wash-trader-short.yaml"))
                + "outputs: { events: true, tradeEventMinTao: " + minTao + " }\n");
        StrategySpec spec = StrategyLoader.load(file);
        Path out = dir.resolve(name);
        RunData data;
        try (EventsFile events = EventsFile.open(out, spec.outputs().tradeEventMinRao())) {
            data = new Run(spec, spec.mechanism(), spec.seed(), 3000, OrderingPolicy.FEE_PRIORITY, new RunControl(),
                    events.around(RunListener.NONE)).execute();
            RunArtifacts.write(out, data, "test", false);
            events.commit();
        }
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part") || p.toString().endsWith(".tmp")), "no partial files left");
        }
        return out.resolve("events.jsonl");
    }

    @Test
    void everyExtrinsicAboveTheFilterInBlockOrder() throws Exception {
        Path events = run("all", 0);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(events)) {
            lines.add(JSON.readTree(l));
        }
        assertTrue(lines.size() > 100, "lines: " + lines.size());
        long last = -1;
        for (JsonNode n : lines) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            assertEquals(FIELDS, Set.copyOf(names), n.toString());
            assertTrue(n.get("block").asLong() >= last, "block order");
            last = n.get("block").asLong();
            assertEquals(n.get("executed").asBoolean(), n.get("refusal").isNull(), n.toString());
        }
        List<JsonNode> washer = lines.stream().filter(n -> n.get("agent").asText().equals("washer")).toList();
        assertTrue(washer.stream().allMatch(n -> n.get("world").asText().equals("attack") && n.get("adversary").asBoolean()));
        assertTrue(washer.stream().anyMatch(n -> n.get("side").asText().equals("buy") && n.get("executed").asBoolean()
                && n.get("taoRao").asLong() > 0 && n.get("alphaRao").asLong() > 0
                && n.get("priceAfter").asDouble() > n.get("priceBefore").asDouble()), "a buy raises the price");
        assertTrue(washer.stream().anyMatch(n -> n.get("side").asText().equals("sell") && n.get("executed").asBoolean()
                && n.get("priceAfter").asDouble() < n.get("priceBefore").asDouble()), "a sell lowers it");
        assertTrue(lines.stream().anyMatch(n -> n.get("world").asText().equals("twin")), "the twin's extrinsics too");
        long washerExecuted = washer.stream().filter(n -> n.get("executed").asBoolean()).count();
        RunMeasures m = RunArtifacts.readMeasures(events.resolveSibling("report.json"));
        assertEquals(m.adversaries().get(0).executed(), washerExecuted, "one line per executed adversary extrinsic");
    }

    @Test
    void smallTradesAreFilteredAndBytesRepeat() throws Exception {
        Path big = run("big", 8);
        for (String l : Files.readAllLines(big)) {
            JsonNode n = JSON.readTree(l);
            if (!n.get("side").asText().equals("none")) {
                double value = Math.max(Rao.toTao(n.get("taoRao").asLong()),
                        Rao.toTao(n.get("alphaRao").asLong()) * n.get("priceBefore").asDouble());
                assertTrue(value >= 8, "a trade under 8 TAO was written: " + l);
            }
        }
        assertTrue(Files.readAllLines(big).size() < Files.readAllLines(run("all2", 0)).size(), "the filter drops small trades");
        assertArrayEquals(Files.readAllBytes(big), Files.readAllBytes(run("big2", 8)), "same strategy, seed and code: same bytes");
    }
}
