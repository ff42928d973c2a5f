package io.dtaolab.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --save-state}, {@code run --from-state} and {@code sweep --from-state} as a user types them (a child JVM):
 * the run from the state writes the report a plain run writes and its manifest names the state; a state that does not
 * fit, a damaged state and misused options exit 2 with one clear message and no stack trace, writing nothing.
 */
class FromStateCommandTest {
    static final String STRATEGY = """
            name: cli-state
            seed: 99
            blocks: 400
            preset: taoflow-2025-11
            warmup: 300b
            network:
              synthetic: { subnets: 5, taoReserveTao: [1000, 60000], priceTao: [0.001, 0.06], seed: 5 }
            honest:
              noise-trader: { count: 20 }
              yield-chaser: { count: 5, checkEveryBlocks: 120, moveThreshold: 0.1 }
            adversaries:
              - { id: recycler, type: flow-recycler, target: 3, budgetTao: 2000, start: 50b,
                  params: { cycleTao: 500, holdBlocks: 100 } }
            """;
    static final String SWEEP = """
            name: cli-state-sweep
            base: cli-state.yaml
            axes:
              - path: adversaries[0].budgetTao
                values: [500, 2000]
            seedsPerCell: 1
            measures: [emissionRedirectedTao, adversaryPnlTao]
            """;

    @TempDir
    static Path dir;
    static Path strategy;
    static Path state;
    static Path project = Path.of("").toAbsolutePath();

    @BeforeAll
    static void save() throws Exception {
        strategy = dir.resolve("cli-state.yaml");
        Files.writeString(strategy, STRATEGY);
        Files.writeString(dir.resolve("sweep.yaml"), SWEEP);
        state = dir.resolve("warm.state");
        CliProcess p = CliProcess.run(project, "run", strategy.toString(), "--save-state", state.toString(), "--no-detectors",
                "--out", dir.resolve("saved").toString());
        assertEquals(0, p.exit(), p.err());
        assertTrue(p.err().contains("saved the warm state to " + state), p.err());
        assertTrue(Files.size(state) > 1000);
    }

    @Test
    void aRunFromTheStateReportsWhatAPlainRunReportsAndSaysWhereItStarted() throws Exception {
        CliProcess plain = CliProcess.run(project, "run", strategy.toString(), "--no-detectors", "--out",
                dir.resolve("plain").toString());
        CliProcess from = CliProcess.run(project, "run", strategy.toString(), "--from-state", state.toString(),
                "--no-detectors", "--out", dir.resolve("from").toString());
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(0, from.exit(), from.err());
        assertTrue(from.err().contains("starting from saved state " + state + " (warmed by cli-state: taoflow-2025-11"), from.err());
        for (String f : new String[] {"report.json", "report.md", "report.html"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("plain").resolve(f)), Files.readAllBytes(dir.resolve("from").resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(dir.resolve("saved").resolve(f)), Files.readAllBytes(dir.resolve("from").resolve(f)), f);
        }
        String manifest = Files.readString(dir.resolve("from").resolve("manifest.json"));
        assertTrue(manifest.contains("\"startState\" : {\n    \"file\" : \"" + state + "\""), manifest);
        assertTrue(manifest.contains("\"warmupBlocks\" : 300,"), manifest);
        assertFalse(Files.readString(dir.resolve("plain").resolve("manifest.json")).contains("startState"));
    }

    @Test
    void aStateThatDoesNotFitIsRefusedNamingEveryMismatch() throws Exception {
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, STRATEGY.replace("noise-trader: { count: 20 }", "noise-trader: { count: 21 }"));
        CliProcess p = CliProcess.run(project, "run", other.toString(), "--from-state", state.toString(), "--seed", "100",
                "--out", dir.resolve("nofit").toString());
        assertEquals(2, p.exit(), p.err());
        assertTrue(p.err().contains(state + ": this saved state does not fit " + other + " (seed 100, taoflow-2025-11, "
                + "FEE_PRIORITY); it was warmed for cli-state:"), p.err());
        assertTrue(p.err().contains("  honest population: the state has noise-trader x20, yield-chaser x5 (25 agents)"), p.err());
        assertTrue(p.err().contains("  seed: the state has 99, the run 100"), p.err());
        assertFalse(p.hasStackTrace(), p.err());
        assertFalse(Files.exists(dir.resolve("nofit")), "nothing written");
    }

    @Test
    void damagedMissingAndMisusedStatesExitTwoWithoutAStackTrace() throws Exception {
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length - 10] ^= 1;
        Path damaged = dir.resolve("damaged.state");
        Files.write(damaged, bytes);
        CliProcess d = CliProcess.run(project, "run", strategy.toString(), "--from-state", damaged.toString(), "--out",
                dir.resolve("damaged").toString());
        assertEquals(2, d.exit(), d.err());
        assertTrue(d.err().startsWith(damaged + ": is damaged: its checksum is sha256:"), d.err());
        CliProcess missing = CliProcess.run(project, "run", strategy.toString(), "--from-state", dir.resolve("none.state").toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("none.state: no such file"), missing.err());
        CliProcess exists = CliProcess.run(project, "run", strategy.toString(), "--save-state", state.toString());
        assertEquals(2, exists.exit(), exists.err());
        assertTrue(exists.err().contains("--save-state: " + state + " already exists (--force overwrites it)"), exists.err());
        CliProcess seeds = CliProcess.run(project, "run", strategy.toString(), "--from-state", state.toString(), "--seeds", "3");
        assertEquals(2, seeds.exit(), seeds.err());
        assertTrue(seeds.err().contains("run one seed, not --seeds"), seeds.err());
        for (CliProcess p : new CliProcess[] {d, missing, exists, seeds}) {
            assertFalse(p.hasStackTrace(), p.err());
        }
    }

    @Test
    void aSweepFromTheStateGivesThePlainSweepsRunsAndRefusesCellsItDoesNotFit() throws Exception {
        Path sweep = dir.resolve("sweep.yaml");
        CliProcess plain = CliProcess.run(project, "sweep", sweep.toString(), "--workers", "1", "--out", dir.resolve("sw-plain").toString());
        CliProcess from = CliProcess.run(project, "sweep", sweep.toString(), "--workers", "1", "--from-state", state.toString(),
                "--out", dir.resolve("sw-from").toString());
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(0, from.exit(), from.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("sw-plain/runs.csv")), Files.readAllBytes(dir.resolve("sw-from/runs.csv")));
        Path presets = dir.resolve("presets.yaml");
        Files.writeString(presets, SWEEP.replace("path: adversaries[0].budgetTao\n    values: [500, 2000]",
                "path: preset\n    values: [taoflow-2025-11, netflow-2026-05]"));
        CliProcess nofit = CliProcess.run(project, "sweep", presets.toString(), "--from-state", state.toString(), "--out",
                dir.resolve("sw-nofit").toString());
        assertEquals(2, nofit.exit(), nofit.err());
        assertTrue(nofit.err().contains("does not fit cell 1 {preset=netflow-2026-05}, seed 99"), nofit.err());
        assertTrue(nofit.err().contains("  mechanism: the state has taoflow-2025-11"), nofit.err());
        assertFalse(nofit.hasStackTrace(), nofit.err());
    }
}
