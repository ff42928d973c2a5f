package io.dtaolab.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.prereq.Prerequisites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Renders report pages in headless Debian chromium (/usr/bin/chromium, no sandbox, no network services) and checks
 * their charts: each chart container present in the rendered DOM with drawn SVG paths, and a screenshot not blank.
 * A missing chromium fails the test ({@link Prerequisites}).
 */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** Fails the test, naming the package to install, when chromium is not installed. */
    public static void requireInstalled(String what) {
        Prerequisites.CHROMIUM.require(what + " rendering");
    }

    /** The DOM after chromium has loaded and laid out the page. */
    public static String dumpDom(Path dir, Path html) throws Exception {
        return run(dir, "--dump-dom", html.toUri().toString());
    }

    public static BufferedImage screenshot(Path dir, Path html, int width, int height) throws Exception {
        Path png = dir.resolve("shot.png");
        run(dir, "--window-size=" + width + "," + height, "--screenshot=" + png, html.toUri().toString());
        return ImageIO.read(png.toFile());
    }

    /** The chart with this container id is in the DOM and has at least {@code minPaths} paths, one non-trivial. */
    public static void assertChartDrawn(String dom, String id, int minPaths) {
        int at = dom.indexOf("id=\"" + id + "\"");
        assertTrue(at >= 0, id + " chart present");
        int end = dom.indexOf("</svg>", at);
        assertTrue(end > at, id + " chart has an svg element");
        String chart = dom.substring(at, end);
        int paths = count(chart, "<path");
        assertTrue(paths >= minPaths, id + " chart has drawn paths: " + paths);
        assertTrue(Pattern.compile("<path[^>]* d=\"M[^\"]{20,}").matcher(chart).find(), id + " has non-empty paths");
    }

    /** The page references nothing on the network; XML namespace declarations are names, not references. */
    public static void assertSelfContained(String source) {
        String rest = source.replaceAll("xmlns(:\\w+)?=(['\"])[^'\"]*\\2", "");
        Matcher m = Pattern.compile("https?://|=['\"]//|url\\(\\s*['\"]?//").matcher(rest);
        if (m.find()) {
            throw new AssertionError("network reference: "
                    + rest.substring(Math.max(0, m.start() - 40), Math.min(rest.length(), m.end() + 40)));
        }
    }

    public static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Share of the image's pixels that are not white. */
    public static double inkedFraction(BufferedImage img) {
        long inked = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked / (double) (img.getWidth() * img.getHeight());
    }

    private static String run(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Prerequisites.CHROMIUM.require("rendering").toString(), "--headless", "--no-sandbox",
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
        } catch (IOException e) {
            return e.toString();
        }
    }
}
