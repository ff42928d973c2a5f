package io.dtaolab.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.RunArtifacts;
import io.dtaolab.analysis.detect.AlarmSink;
import io.dtaolab.analysis.detect.MonitoredRun;
import io.dtaolab.engine.RunControl;
import io.dtaolab.engine.RunListener;
import io.dtaolab.scenario.StrategyLoader;
import io.dtaolab.scenario.StrategySpec;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a run's report.html in headless Debian chromium and checks the verdict table comes first and every chart
 * is present and drawn (SVG paths in the rendered DOM, non-blank pixels in a screenshot). Skips only when
 * /usr/bin/chromium is absent.
 */
class ReportHtmlChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> CHARTS = List.of("emission-share", "target-price", "adversary-pnl", "alarms");

    @Test
    void chartsRenderInHeadlessChromium(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("SKIPPED report.html rendering: " + CHROMIUM + " is missing "
                    + "(apt-get install -y --no-install-recommends chromium)");
            Assumptions.abort("chromium is not installed at " + CHROMIUM);
        }
        StrategySpec spec = StrategyLoader.load(Path.of("src/test/resources/detect/sandwich-bot-short.yaml"));
        MonitoredRun.Result r = MonitoredRun.execute(spec, spec.mechanism(), 3, spec.blocks(), new RunControl(),
                RunListener.NONE, AlarmSink.NONE);
        RunArtifacts.write(dir, r.data(), "test", false, r.detection());
        Path html = dir.resolve("report.html");
        String source = Files.readString(html);
        assertTrue(!source.contains("http://") || source.indexOf("http://") == source.indexOf("http://www.w3.org"),
                "no network references");

        String dom = chromium(dir, "--dump-dom", html.toUri().toString());
        assertTrue(dom.indexOf("id=\"verdict\"") >= 0 && dom.indexOf("id=\"verdict\"") < dom.indexOf("class=\"chart\""),
                "verdict table before the charts");
        for (String id : CHARTS) {
            int at = dom.indexOf("id=\"" + id + "\"");
            assertTrue(at >= 0, id + " chart present");
            String chart = dom.substring(at, dom.indexOf("</svg>", at));
            int paths = count(chart, "<path");
            assertTrue(paths >= 3, id + " chart has drawn paths: " + paths);
            assertTrue(Pattern.compile("<path[^>]* d=\"M[^\"]{20,}").matcher(chart).find(), id + " has non-empty paths");
        }
        Path png = dir.resolve("shot.png");
        chromium(dir, "--window-size=1000,2600", "--screenshot=" + png, html.toUri().toString());
        BufferedImage img = ImageIO.read(png.toFile());
        double inked = inkedFraction(img);
        System.out.printf("report.html rendered by chromium: %d charts, %.1f%% of the screenshot's pixels inked%n",
                CHARTS.size(), 100 * inked);
        assertTrue(inked > 0.02, "screenshot is not blank: " + inked);
    }

    private static String chromium(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.err")));
        return Files.readString(out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static double inkedFraction(BufferedImage img) {
        long inked = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked / (double) (img.getWidth() * img.getHeight());
    }
}
