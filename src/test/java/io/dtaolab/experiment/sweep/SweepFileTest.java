package io.dtaolab.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.scenario.FieldError;
import io.dtaolab.scenario.SweepCell;
import io.dtaolab.scenario.CellAdmission;
import io.dtaolab.scenario.SweepInvalid;
import io.dtaolab.scenario.SweepSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepFileTest {
    static final Path STRATEGIES = Path.of("strategies").toAbsolutePath();
    static final String HEAD = "name: t\nbase: flow-recycler-two-presets.yaml\n";

    static SweepSpec load(String yaml) throws SweepInvalid {
        return SweepFiles.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), STRATEGIES);
    }

    static List<String> errors(String yaml) {
        SweepInvalid e = assertThrows(SweepInvalid.class, () -> load(yaml));
        return e.errors().stream().map(FieldError::format).toList();
    }

    static void assertError(String yaml, String expected) {
        List<String> errors = errors(yaml);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected " + expected + " in " + errors);
    }

    @Test
    void shippedSweepIsAGridOfValidStrategies() throws Exception {
        SweepSpec spec = SweepFiles.load(Path.of("strategies/sweeps/flow-recycler-budget-grid.yaml"));
        assertEquals(8, spec.cells().size());
        assertEquals(List.of(99L, 100L, 101L), spec.seeds());
        assertEquals(24, spec.runCount());
        SweepCell last = spec.cells().get(7);
        assertEquals(Map.of("preset", "netflow-2026-05", "adversaries[0].budgetTao", 2000L), last.params());
        assertEquals(List.of("netflow-2026-05"), last.spec().presets());
        assertEquals(2_000_000_000_000L, last.spec().adversaries().get(0).budgetRao());
        assertEquals(5, last.spec().adversaries().get(0).target());
        assertEquals(14_400, last.spec().blocks());
        assertEquals(8, ((io.dtaolab.scenario.NetworkSpec.Synthetic) last.spec().network().source()).subnets());
    }

    /** The parallel-scaling yardstick (bench-parallel.sh): eight full-length mainnet runs, one seed each. */
    @Test
    void mainnetGridIsEightFullLengthRuns() throws Exception {
        SweepSpec spec = SweepFiles.load(Path.of("strategies/sweeps/pump-and-dump-mainnet-grid.yaml"));
        assertEquals(8, spec.cells().size());
        assertEquals(8, spec.runCount());
        assertEquals(List.of(42L), spec.seeds());
        SweepCell last = spec.cells().get(7);
        assertEquals(Map.of("adversaries[0].target", 64L, "adversaries[0].budgetTao", 3000L), last.params());
        assertEquals(216_000, last.spec().blocks());
        assertEquals(64, last.spec().adversaries().get(0).target());
        assertTrue(last.spec().network().source() instanceof io.dtaolab.scenario.NetworkSpec.Snapshot);
    }

    /** Its long-run twin (bench-parallel.sh grid90): the same eight cells, each run 90 days. */
    @Test
    void mainnetGrid90dIsTheSameCellsThreeTimesLonger() throws Exception {
        SweepSpec spec = SweepFiles.load(Path.of("strategies/sweeps/pump-and-dump-mainnet-grid-90d.yaml"));
        SweepSpec shortGrid = SweepFiles.load(Path.of("strategies/sweeps/pump-and-dump-mainnet-grid.yaml"));
        assertEquals(8, spec.runCount());
        for (int c = 0; c < 8; c++) {
            assertEquals(648_000, spec.cells().get(c).spec().blocks());
            assertEquals(shortGrid.cells().get(c).spec().adversaries(), spec.cells().get(c).spec().adversaries());
        }
    }

    @Test
    void rangesAreInclusiveAndExact() throws Exception {
        SweepSpec spec = load(HEAD + "axes:\n  - path: overrides.feeRateU16\n    range: {from: 100, to: 300, step: 100}\n"
                + "  - path: adversaries[0].params.holdBlocks\n    values: [100]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n"
                + "set: {preset: current-2026-06}\n");
        assertEquals(List.of(100L, 200L, 300L), spec.axes().get(0).values());
        assertEquals(3, spec.cells().size());
        assertEquals(200L, ((Number) spec.cells().get(1).spec().overrides().get("feeRateU16")).longValue());
    }

    @Test
    void unknownKeysWrongTypesAndEmptyAxesAreLocated() {
        assertError(HEAD + "axis: []\naxes: []\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:3:1: axis: unknown key 'axis'");
        assertError(HEAD + "axes: []\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n", "t.yaml:3:7: axes: no axes");
        assertError(HEAD + "axes:\n  - path: preset\n    values: []\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:5:13: axes[0].values: empty list of values");
        assertError(HEAD + "axes:\n  - path: preset\n    values: [current-2026-06]\nseedsPerCell: three\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:6:15: seedsPerCell: expected a number");
        assertError(HEAD + "axes:\n  - path: preset\n    values: [current-2026-06]\nseedsPerCell: 1\nmeasures: [pnl]\n",
                "t.yaml:7:12: measures[0]: unknown measure 'pnl'");
        assertError(HEAD + "axes:\n  - path: preset\n    range: {from: 1, to: 0, step: 1}\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:5:26: axes[0].range.to: to is below from");
    }

    @Test
    void badPathsAndBadValuesPointAtTheSweepFile() {
        assertError(HEAD + "axes:\n  - path: adversaries[3].budgetTao\n    values: [1]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:4:11: axes[0].values: path 'adversaries[3].budgetTao' does not fit the base strategy: adversaries has 1 item(s)");
        assertError(HEAD + "axes:\n  - path: name.first\n    values: [1]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:4:11: axes[0].values: path 'name.first' does not fit");
        assertError(HEAD + "axes:\n  - path: 'adversaries..x'\n    values: [1]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:4:11: axes[0].path: not a field path");
        assertError(HEAD + "axes:\n  - path: adversaries[0].budgetTao\n    values: [1000, -5]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n"
                + "set: {preset: current-2026-06}\n", "t.yaml:5:20: axes[0].values[1]: cell 1 {adversaries[0].budgetTao=-5} is not a valid strategy: adversaries[0].budgetTao:");
        assertError(HEAD + "axes:\n  - path: adversaries[0].budgetTao\n    values: [1000]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:2:7: base: a sweep cell runs one preset");
        assertError("name: t\nbase: nope.yaml\naxes:\n  - path: preset\n    values: [current-2026-06]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n",
                "t.yaml:2:7: base: base strategy not found");
        assertError(HEAD + "axes:\n  - path: overrides.noSuchParameter\n    values: [1]\nseedsPerCell: 1\nmeasures: [adversaryPnlTao]\n"
                + "set: {preset: current-2026-06}\n", "t.yaml:5:14: axes[0].values[0]: cell 0 {overrides.noSuchParameter=1} is not a valid strategy: overrides.noSuchParameter: unknown mechanism parameter");
    }

    @Test
    void aCallersRefusalStopsTheGridAtTheFirstCellThatBreaksItsLimit() {
        String grid = HEAD + "axes:\n  - { path: \"adversaries[0].budgetTao\", range: { from: 1, to: 1000, step: 1 } }\n"
                + "  - { path: preset, values: [current-2026-06, taoflow-2025-11] }\nseedsPerCell: 50\n"
                + "measures: [adversaryPnlTao]\n";
        List<Long> admitted = new ArrayList<>();
        IllegalStateException limit = new IllegalStateException("over the caller's budget");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> SweepFiles.load("t.yaml", grid.getBytes(StandardCharsets.UTF_8), STRATEGIES, (cell, seeds) -> {
                    admitted.add(seeds);
                    if (admitted.size() == 3) {
                        throw new CellAdmission.Refused(limit);
                    }
                }));
        assertSame(limit, thrown, "the caller's own refusal, not a file error");
        assertEquals(List.of(50L, 50L, 50L), admitted, "2,000 cells, validation stopped at the third");
    }

    @Test
    void schemaListsEveryMeasureAndTopLevelKey() throws Exception {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("strategies/sweeps/sweep.schema.json").toFile());
        List<String> measures = new java.util.ArrayList<>();
        schema.get("properties").get("measures").get("items").get("enum").forEach(n -> measures.add(n.asText()));
        assertEquals(Measure.names(), measures);
        List<String> keys = new java.util.ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("name", "description", "base", "set", "axes", "seedsPerCell", "firstSeed", "measures"), keys);
    }
}
