package io.dtaolab.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.scenario.SweepSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSweepTest {
    /** Four short runs: two budgets × two seeds of the shipped flow recycler on a tiny network. */
    static final String SWEEP = """
            name: tiny
            base: flow-recycler-two-presets.yaml
            set:
              preset: taoflow-2025-11
              duration: 12h
              network.synthetic: { subnets: 4, taoReserveTao: [1000, 5000], priceTao: [0.001, 0.01], seed: 3 }
              honest: { noise-trader: { count: 10 } }
              adversaries[0].target: 3
              adversaries[0].start: 1h
              adversaries[0].params: { cycleTao: 200, holdBlocks: 60 }
            axes:
              - path: adversaries[0].budgetTao
                values: [100, 1000]
            seedsPerCell: 2
            measures: [emissionRedirectedTao, adversaryPnlTao]
            """;

    static SweepSpec spec() throws Exception {
        return SweepFiles.load("tiny.yaml", SWEEP.getBytes(StandardCharsets.UTF_8), Path.of("strategies").toAbsolutePath());
    }

    @Test
    void resultsDoNotDependOnTheNumberOfWorkers(@TempDir Path tmp) throws Exception {
        SweepSpec spec = spec();
        SweepJob one = new SweepJob(SweepPlan.of("a", spec), new LocalSweepExecutor(1), tmp.resolve("one"));
        SweepJob two = new SweepJob(SweepPlan.of("b", spec), new LocalSweepExecutor(2), tmp.resolve("two"));
        SweepResult r1 = one.run(o -> { });
        two.run(o -> { });
        assertEquals(SweepJob.State.DONE, one.state());
        assertEquals(SweepJob.State.DONE, two.state());
        assertTrue(r1.complete());
        assertTrue(r1.failures().isEmpty(), () -> r1.failures().toString());
        for (String f : SweepOutputs.FILES) {
            assertEquals(Files.readString(tmp.resolve("one").resolve(f)), Files.readString(tmp.resolve("two").resolve(f)), f);
        }
        List<String> rows = Files.readAllLines(tmp.resolve("one/runs.csv"));
        assertEquals(5, rows.size());
        assertTrue(rows.get(1).startsWith("c0000-r000,0,100,99,taoflow-2025-11,"), rows.get(1));
        assertEquals(2, r1.cells().size());
        assertEquals(2, r1.cells().get(0).runs());
        assertEquals(List.of("taoflow-2025-11"), r1.costCurve().stream().map(CostPoint::preset).distinct().toList());
        assertEquals(List.of(100.0, 1000.0), r1.costCurve().stream().map(CostPoint::budgetTao).toList());
        String json = Files.readString(tmp.resolve("one/report.json"));
        assertTrue(json.contains("\"format\" : \"dtao-sweep-report/1\""), json);
    }

    @Test
    void jobReportsProgressAndPartialAggregatesWhileRunning(@TempDir Path tmp) throws Exception {
        SweepJob job = new SweepJob(SweepPlan.of("tiny", spec()), new LocalSweepExecutor(2), tmp);
        Thread runner = new Thread(() -> job.run(o -> { }), "sweep-tiny");
        runner.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!job.progress().state().equals("DONE") && System.nanoTime() < deadline) {
            SweepResult partial = job.partial();
            assertTrue(partial.outcomes().size() <= 4);
            Thread.sleep(50);
        }
        runner.join(10_000);
        SweepProgress p = job.progress();
        assertEquals("DONE", p.state());
        assertEquals(4, p.done());
        assertEquals(4, p.total());
        assertEquals(4, SweepJson.tree(job.partial()).get("runs").get("completed").asInt());
        assertTrue(Files.exists(tmp.resolve("report.md")));
    }
}
