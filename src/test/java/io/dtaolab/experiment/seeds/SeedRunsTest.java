package io.dtaolab.experiment.seeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.OrderingPolicy;
import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** N seeds give medians inside their 90 % intervals, the paid-off share the seeds show, and the same bytes on 1 or 2 threads. */
class SeedRunsTest {
    @TempDir
    Path dir;

    @Test
    void summaryIsTheSeedsDistributionWhateverTheThreadCount() throws Exception {
        StrategySpec spec = StrategyLoader.load(Path.of("src/test/resources/detect/sandwich-bot-short.yaml"));
        SeedSummary two = SeedRuns.run(spec, spec.mechanism(), new SeedRuns.Options(1, 3, 3000, 2, false,
                OrderingPolicy.FEE_PRIORITY), dir.resolve("two"), "test", new RunControl(), i -> { });
        SeedRuns.run(spec, spec.mechanism(), new SeedRuns.Options(1, 3, 3000, 1, false, OrderingPolicy.FEE_PRIORITY),
                dir.resolve("one"), "test", new RunControl(), i -> { });
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/seeds.json")), Files.readAllBytes(dir.resolve("two/seeds.json")));
        assertEquals(java.util.List.of(1L, 2L, 3L), two.seeds());
        for (long s = 1; s <= 3; s++) {
            assertTrue(Files.isRegularFile(dir.resolve("two/seed-" + s + "/report.json")), "seed " + s + " run directory");
        }
        SeedSummary.Interval pnl = two.measures().get("adversaryPnlTao");
        assertEquals(3, pnl.n());
        assertTrue(pnl.p5() <= pnl.median() && pnl.median() <= pnl.p95(), pnl.toString());
        long profits = two.perSeed().stream().filter(p -> p.economics().equals("PROFIT")).count();
        assertEquals(profits / 3.0, two.paidOffShare());
        assertTrue(two.perSeed().stream().allMatch(p -> p.residualRao() == 0));
        double[] sorted = two.perSeed().stream().mapToDouble(SeedSummary.PerSeed::pnlTao).sorted().toArray();
        assertEquals(sorted[1], pnl.median(), 1e-9, "median of 3 seeds");
        String md = Files.readString(dir.resolve("two/seeds.md"));
        assertTrue(md.contains("over 3 seeds") && md.contains("90 % interval"), md);
        assertTrue(two.verdict().contains("profit in " + profits + " of 3"), two.verdict());
    }
}
