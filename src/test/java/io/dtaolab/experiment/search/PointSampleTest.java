package io.dtaolab.experiment.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.engine.RunControl;
import io.dtaolab.scenario.SearchSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The independent reference ({@code search --points}): explicit points are run and scored exactly as the search runs
 * and scores the same values (same strategy text, objective and alarm flag), so a reference figure and a search
 * figure can be compared; a point outside the searched space is refused.
 */
class PointSampleTest {
    static final String STEALTH = StealthSearchTest.STEALTH + "seed: 1\n";

    @Test
    void aPointScoresWhatTheSearchScoredForTheSameValues(@TempDir Path dir) throws Exception {
        SearchSpec spec = SearchFixtures.load(STEALTH);
        BudgetResult searched = new AttackSearch(spec, 2, new RunControl(), SearchProgress.Listener.NONE).run().budgets().get(0);
        Evaluation flagged = searched.evaluations().stream().filter(Evaluation::detected).findFirst().orElseThrow();
        Evaluation unflagged = searched.bestUndetected().orElseThrow();
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "# two points the search ran\nholdBlocks,cycleTao\n"
                + flagged.values().get("params.holdBlocks") + "," + flagged.values().get("params.cycleTao") + "\n"
                + unflagged.values().get("params.holdBlocks") + "," + unflagged.values().get("params.cycleTao") + "\n");
        List<Map<String, Object>> points = PointSample.read(spec, csv);
        assertEquals(2, points.size());
        SearchResult r = new PointSample(spec, 2, new RunControl(), SearchProgress.Listener.NONE).run(points, "test");
        BudgetResult b = r.budgets().get(0);
        assertEquals(3, b.evaluations().size(), "the base strategy, then the points");
        assertEquals(searched.evaluations().get(0).yaml(), b.evaluations().get(0).yaml());
        assertEquals(searched.evaluations().get(0).objective(), b.evaluations().get(0).objective());
        for (int i = 0; i < 2; i++) {
            Evaluation want = i == 0 ? flagged : unflagged;
            Evaluation got = b.evaluations().get(i + 1);
            assertEquals(want.yaml(), got.yaml());
            assertEquals(want.objective(), got.objective());
            assertEquals(want.detected(), got.detected());
        }
        assertTrue(b.evaluations().get(1).detected());
        assertFalse(b.bestUndetected().orElseThrow().detected());
        String rows = PointSample.pointsCsv(r);
        assertTrue(rows.startsWith("budget_tao,evaluation,cycleTao,holdBlocks,objective,feasible,detected,alarms,pnl_tao\n"), rows);
        assertEquals(4, rows.lines().count());
    }

    @Test
    void pointsOutsideTheSpaceOrMalformedAreRefusedWithTheLine(@TempDir Path dir) throws Exception {
        SearchSpec spec = SearchFixtures.load(STEALTH);
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "cycleTao,holdBlocks\n10,100\n200,100\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PointSample.read(spec, csv));
        assertTrue(e.getMessage().contains(":3:") && e.getMessage().contains("outside"), e.getMessage());
        Files.writeString(csv, "cycleTao\n10\n");
        assertThrows(IllegalArgumentException.class, () -> PointSample.read(spec, csv));
        Files.writeString(csv, "cycleTao,holdBlocks,bogus\n10,100,1\n");
        assertThrows(IllegalArgumentException.class, () -> PointSample.read(spec, csv));
        Files.writeString(csv, "cycleTao,holdBlocks\n10,100.5\n");
        e = assertThrows(IllegalArgumentException.class, () -> PointSample.read(spec, csv));
        assertTrue(e.getMessage().contains("integer"), e.getMessage());
    }
}
