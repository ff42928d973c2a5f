package io.dtaolab.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.report.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a small real sweep (2 presets × 2 budgets × 2 seeds), renders its report.html in headless Debian chromium
 * and checks the headline table comes first and every chart is present and drawn: the cost curve with a line and
 * band per preset, a box per cell in both distributions, the paid-off bars. Fails when chromium is not
 * installed.
 */
class SweepReportHtmlChromiumTest {
    static final List<String> CHARTS = List.of("cost-curve", "redirected-distribution", "pnl-distribution", "paid-off");

    @Test
    void sweepChartsRenderInHeadlessChromium(@TempDir Path dir) throws Exception {
        HeadlessChromium.requireInstalled("sweep report.html");
        SweepPlan plan = SweepPlan.of("html", SweepFiles.load(Path.of("src/test/resources/sweep/tiny-grid.yaml")));
        SweepResult r = new SweepJob(plan, new LocalSweepExecutor(2), dir).run(o -> { });
        assertTrue(r.complete() && r.failures().isEmpty(), () -> r.failures().toString());
        assertEquals(2, r.costCurve().stream().map(CostPoint::preset).distinct().count());
        Path html = dir.resolve("report.html");
        String source = Files.readString(html);
        HeadlessChromium.assertSelfContained(source);
        assertEquals(source, SweepHtml.render(r), "report.html is the same on every rendering");

        String dom = HeadlessChromium.dumpDom(dir, html);
        int table = dom.indexOf("id=\"cells\"");
        assertTrue(table >= 0 && table < dom.indexOf("class=\"chart\""), "headline table before the charts");
        assertEquals(r.cells().size() + 2, HeadlessChromium.count(section(dom, "id=\"cells\"", "</table>"), "<tr"),
                "a row per cell under two header rows");
        for (String id : CHARTS) {
            HeadlessChromium.assertChartDrawn(dom, id, 3);
        }
        String boxes = section(dom, "id=\"redirected-distribution\"", "</svg>");
        assertTrue(HeadlessChromium.count(boxes, "<rect") >= r.cells().size(), "a box per cell");
        String curve = section(dom, "id=\"cost-curve\"", "</svg>");
        assertTrue(HeadlessChromium.count(curve, "fill-opacity") >= 2, "a p5–p95 band per preset");
        for (CellSummary c : r.cells()) {
            assertTrue(section(dom, "id=\"paid-off\"", "</svg>").contains(">#" + c.cell() + " "), "cell " + c.cell() + " labelled");
        }

        BufferedImage img = HeadlessChromium.screenshot(dir, html, 1250, 3000);
        double inked = HeadlessChromium.inkedFraction(img);
        System.out.printf("sweep report.html rendered by chromium: %d cells, %d charts, %.1f%% of the screenshot's "
                + "pixels inked%n", r.cells().size(), CHARTS.size(), 100 * inked);
        assertTrue(inked > 0.02, "screenshot is not blank: " + inked);
    }

    private static String section(String dom, String from, String to) {
        int at = dom.indexOf(from);
        return dom.substring(at, dom.indexOf(to, at));
    }
}
