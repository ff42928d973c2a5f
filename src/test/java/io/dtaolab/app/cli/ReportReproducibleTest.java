package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Same strategy, seed and code give the same bytes in every artifact but manifest.json (which holds the wall-clock
 * facts), report.html included: whoever changes the report must keep it free of clocks, random ids and map order.
 */
class ReportReproducibleTest {
    @TempDir
    Path tmp;

    @Test
    void twoRunsOfTheSameStrategyWriteIdenticalArtifacts() throws Exception {
        Path file = Files.writeString(tmp.resolve("repro.yaml"), """
                name: repro
                seed: 3
                blocks: 800
                preset: current-2026-06
                network: { synthetic: { subnets: 6 } }
                honest:
                  noise-trader: { count: 10, ratePerDay: 200 }
                adversaries:
                  - id: w
                    type: wash-trader
                    target: 2
                    budgetTao: 100
                outputs: { series: true, events: true }
                """);
        for (String out : List.of("a", "b")) {
            assertEquals(0, new CommandLine(new LabCommand()).execute("run", file.toString(), "--out", tmp.resolve(out).toString()));
        }
        List<String> names;
        try (Stream<Path> s = Files.list(tmp.resolve("a"))) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("manifest.json")).sorted().toList();
        }
        assertTrue(names.contains("report.html") && names.contains("report.json") && names.contains("series.csv"), names::toString);
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)), Files.readAllBytes(tmp.resolve("b").resolve(name)),
                    name + " differs between two identical runs");
        }
    }
}
