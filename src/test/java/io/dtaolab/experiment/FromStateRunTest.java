package io.dtaolab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.engine.SavedState;
import io.dtaolab.engine.WarmWorlds;
import io.dtaolab.scenario.LoadResult;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run from a saved warm state writes the same run directory, byte for byte (report.json, report.md, report.html,
 * series.csv, events.jsonl; the manifest but for its wall-clock fields and the startState it adds), as the same run
 * warming up in-process: under a flow preset on a synthetic network (flow recycler) and under the current rules on
 * the mainnet snapshot with the calibrated sellers (pump-and-dump, wash trader and an insider cartel, which forks the
 * twin at the start), detectors on.
 */
class FromStateRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static StrategySpec strategy(String which) {
        String yaml = switch (which) {
            case "taoflow" -> """
                    name: state-taoflow
                    seed: 99
                    blocks: 900
                    preset: taoflow-2025-11
                    warmup: 500b
                    network:
                      synthetic: { subnets: 6, taoReserveTao: [1000, 120000], priceTao: [0.001, 0.06], seed: 5 }
                    honest:
                      noise-trader: { count: 30 }
                      yield-chaser: { count: 10, checkEveryBlocks: 120, moveThreshold: 0.1 }
                      momentum-follower: { count: 10 }
                    adversaries:
                      - { id: recycler, type: flow-recycler, target: 4, budgetTao: 4000, start: 100b,
                          params: { cycleTao: 1000, holdBlocks: 200 } }
                    outputs: { series: true, events: true }
                    """;
            case "mainnet" -> """
                    name: state-mainnet
                    seed: 42
                    blocks: 1080
                    preset: current-2026-06
                    warmup: 360b
                    network:
                      snapshot: networks/mainnet-2026-09-30.csv
                      neurons: { validators: 4, miners: 6 }
                    honest:
                      noise-trader: { count: 40, ratePerDay: 20 }
                      momentum-follower: { count: 10 }
                      long-term-staker: { count: 5 }
                      miner-seller: { count: 1, sellFraction: 1 }
                      subnet-owner: { count: 1 }
                      alpha-holder: { count: 1, dividendSellFraction: 1, exitPerDay: 0.0012, sellEveryBlocks: 720, exitMoodSigma: 0.8, exitMoodDays: 2 }
                    adversaries:
                      - { id: pumper, type: pump-and-dump, target: 85, budgetTao: 2000, start: 60b, stop: 1000b,
                          params: { accumulateDays: 0.05, pumpDays: 0.03, hype: true } }
                      - { id: washer, type: wash-trader, target: 12, budgetTao: 500, start: 200b }
                      - { id: cartel, type: insider-collusion, target: 7, budgetTao: 500, start: 0b,
                          params: { cartelValidators: 2, ownerMiners: 1 } }
                    outputs: { series: true, events: true }
                    """;
            default -> throw new IllegalArgumentException(which);
        };
        LoadResult r = StrategyLoader.check(which + ".yaml", yaml.getBytes(StandardCharsets.UTF_8), Path.of("strategies"));
        return assertInstanceOf(LoadResult.Valid.class, r, r::toString).spec();
    }

    @ParameterizedTest
    @ValueSource(strings = {"taoflow", "mainnet"})
    void aRunFromTheSavedStateWritesTheSameRunDirectory(String which) throws Exception {
        StrategySpec spec = strategy(which);
        byte[] source = which.getBytes(StandardCharsets.UTF_8);
        RunOrder order = RunOrder.of(spec, spec.mechanism(), spec.seed(), spec.blocks());
        Path warmed = tmp.resolve("in-process");
        RunPipeline.run(order, new RunControl(), RunListener.NONE, AlarmSink.NONE, RunDirectory.of(warmed, source, spec));

        Path state = tmp.resolve(which + ".state");
        SavedState.warmAndSave(spec, spec.mechanism(), spec.seed(), OrderingPolicy.FEE_PRIORITY, state);
        SavedState loaded = SavedState.load(state);
        Path fromState = tmp.resolve("from-state");
        RunPipeline.run(order.withWarmWorlds(WarmWorlds.of(loaded)), new RunControl(), RunListener.NONE, AlarmSink.NONE,
                RunDirectory.of(fromState, source, spec));

        List<String> files;
        try (Stream<Path> s = Files.list(warmed)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(files.containsAll(List.of("report.json", "report.md", "report.html", "series.csv", "events.jsonl",
                "manifest.json")), files::toString);
        for (String f : files) {
            if (!f.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(warmed.resolve(f)), Files.readAllBytes(fromState.resolve(f)), which + ": " + f);
            }
        }
        ObjectNode a = (ObjectNode) JSON.readTree(warmed.resolve("manifest.json").toFile());
        ObjectNode b = (ObjectNode) JSON.readTree(fromState.resolve("manifest.json").toFile());
        JsonNode start = b.remove("startState");
        assertNotNull(start, "the manifest says the run started from a saved state");
        assertEquals(state.toString(), start.get("file").asText());
        assertEquals(loaded.sha256(), start.get("sha256").asText());
        assertEquals(spec.seed(), start.get("seed").asLong());
        assertEquals(spec.warmupBlocks(spec.mechanism()), start.get("warmupBlocks").asLong());
        assertEquals(spec.mechanism().name(), start.get("preset").asText());
        for (ObjectNode m : List.of(a, b)) {
            m.remove("wallSeconds");
            m.remove("writtenAt");
        }
        assertEquals(a, b, which + ": manifest apart from wall-clock fields");
    }
}
