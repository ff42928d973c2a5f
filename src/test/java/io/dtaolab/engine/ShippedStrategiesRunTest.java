package io.dtaolab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.analysis.RunMeasures;
import io.dtaolab.chain.BlockEmission;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped strategy runs (at a short length, on every preset it names) and writes a complete run directory. */
class ShippedStrategiesRunTest {
    static final long BLOCKS = 720;

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyShippedStrategyRuns() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("strategies"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "shipped strategies: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            StrategySpec spec = StrategyLoader.load(f);
            for (Mechanism m : spec.mechanisms()) {
                RunData d = new Run(spec, m, spec.seed(), BLOCKS, OrderingPolicy.FEE_PRIORITY, new RunControl(),
                        RunListener.NONE).execute();
                assertEquals(BLOCKS, d.blocksDone());
                assertFalse(d.interrupted());
                Path dir = out.resolve(spec.name()).resolve(m.name());
                RunMeasures measures = RunArtifacts.write(dir, d, "test", true);
                assertEquals(spec.twin(), measures.twin());
                for (String name : new String[] {"manifest.json", "report.json", "report.md", "series.csv"}) {
                    assertTrue(Files.size(dir.resolve(name)) > 0, name);
                }
                double perBlock = BlockEmission.forIssuance(Math.round(m.totalIssuanceTao() * 1e9)) / 1e9;
                assertEquals(perBlock, new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(dir.resolve("manifest.json").toFile()).path("blockEmissionTao").asDouble(),
                        "manifest states the era's block emission");
                assertTrue(Files.readString(dir.resolve("report.md")).contains(" TAO per block"), "report states it");
            }
        }));
    }
}
