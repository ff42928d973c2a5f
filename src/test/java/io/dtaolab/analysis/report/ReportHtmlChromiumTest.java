package io.dtaolab.analysis.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.experiment.RunDirectory;
import io.dtaolab.experiment.RunOrder;
import io.dtaolab.experiment.RunPipeline;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a run's report.html in headless Debian chromium and checks the verdict table comes first and every chart
 * is present and drawn (SVG paths in the rendered DOM, non-blank pixels in a screenshot). Fails when chromium
 * is not installed.
 */
class ReportHtmlChromiumTest {
    static final List<String> CHARTS = List.of("share-deviation", "target-ema", "adversary-pnl", "alarms");

    @Test
    void chartsRenderInHeadlessChromium(@TempDir Path dir) throws Exception {
        HeadlessChromium.requireInstalled("report.html");
        Path file = Path.of("src/test/resources/detect/sandwich-bot-short.yaml");
        StrategySpec spec = StrategyLoader.load(file);
        RunPipeline.run(RunOrder.of(spec, spec.mechanism(), 3, spec.blocks()), new RunControl(), RunListener.NONE,
                AlarmSink.NONE, RunDirectory.of(dir, Files.readAllBytes(file), spec));
        Path html = dir.resolve("report.html");
        HeadlessChromium.assertSelfContained(Files.readString(html));

        String dom = HeadlessChromium.dumpDom(dir, html);
        assertTrue(dom.indexOf("id=\"verdict\"") >= 0 && dom.indexOf("id=\"verdict\"") < dom.indexOf("class=\"chart\""),
                "verdict table before the charts");
        for (String id : CHARTS) {
            HeadlessChromium.assertChartDrawn(dom, id, 3);
        }
        BufferedImage img = HeadlessChromium.screenshot(dir, html, 1000, 2600);
        double inked = HeadlessChromium.inkedFraction(img);
        System.out.printf("report.html rendered by chromium: %d charts, %.1f%% of the screenshot's pixels inked%n",
                CHARTS.size(), 100 * inked);
        assertTrue(inked > 0.02, "screenshot is not blank: " + inked);
    }
}
