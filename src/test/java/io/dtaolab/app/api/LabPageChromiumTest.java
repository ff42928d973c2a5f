package io.dtaolab.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dtaolab.analysis.report.HeadlessChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The page at / in a real headless chromium, against a lab that has a bearer token: the page loads without the
 * token, asks for it when the API refuses, starts a shipped strategy, and its charts fill from the SSE stream (pixels
 * of each series on the canvases, one point per tempo); pause, resume and speed act on the run; a strategy error is
 * shown at its line in the editor; the ended run reopens from its link with its stored series. Writes a screenshot of
 * the live view to target/lab-page/live-view.png.
 */
@QuarkusTest
@TestProfile(AuthTest.WithToken.class)
class LabPageChromiumTest {
    static final int[] ATTACK = {0xd6, 0x27, 0x28};
    static final int[] TWIN = {0x1f, 0x77, 0xb4};
    static final int[] PNL = {0x2c, 0xa0, 0x2c};
    static final int[] RISK = {0xff, 0x7f, 0x0e};
    static final int[] ALARM = {0x94, 0x67, 0xbd};
    static PageBrowser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void start() throws Exception {
        Path profile = Files.createDirectories(Path.of("target/lab-page/profile"));
        browser = new PageBrowser(profile, 1400, 2000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void thePageIsServedWithoutTheTokenAndReferencesNothingOutside() {
        for (String path : List.of("/", "/lab.js", "/lab.css")) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            HeadlessChromium.assertSelfContained(body);
        }
        given().get("/").then().contentType(containsString("text/html"))
                .body(containsString("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js"));
        given().get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").then().statusCode(200);
    }

    @Test
    void startsAShippedRunAndItsChartsFillLive() throws Exception {
        browser.driver.get(root.toString());
        browser.await(Duration.ofSeconds(20), "shipped strategies listed",
                d -> d.findElements(By.cssSelector("#strategy option[value='wash-trader']")).size() == 1);
        sessionToken(null);
        new Select(browser.driver.findElement(By.id("strategy"))).selectByValue("wash-trader");
        browser.type("blocks", "2880");
        browser.type("speed", "300");
        browser.click("start-shipped");
        browser.await(Duration.ofSeconds(10), "the page asks for the token",
                d -> d.findElement(By.id("notice")).getText().contains("Bearer"));

        browser.type("token", "s3cret");
        browser.click("token-save");
        assertEquals("token set for this tab", browser.text("token-state"));
        browser.click("start-shipped");
        String id = browser.await(Duration.ofSeconds(10), "live view opened",
                d -> (String) browser.js("return window.lab.live && window.lab.live.id"));
        browser.await(Duration.ofSeconds(90), "four tempos drawn", d -> tempos() >= 4);

        assertEquals(tempos(), ((Number) browser.js("return window.lab.live.charts.share.data[0].length")).intValue(),
                "one point per tempo on the share chart");
        List<Long> share = browser.pixels("#chart-share canvas", ATTACK, TWIN);
        assertTrue(share.get(0) + share.get(1) > 150, "share lines drawn: " + share);
        List<Long> ema = browser.pixels("#chart-ema canvas", ATTACK, TWIN);
        assertTrue(ema.get(0) + ema.get(1) > 150, "EMA lines drawn: " + ema);
        List<Long> pnl = browser.pixels("#chart-pnl canvas", PNL, RISK);
        assertTrue(pnl.get(0) > 50 && pnl.get(1) > 50, "PnL and capital-at-risk lines drawn: " + pnl);
        List<Long> heat = browser.pixels("#heat", ATTACK, TWIN);
        assertTrue(heat.get(0) + heat.get(1) > 100, "heat strip cells drawn: " + heat);
        assertTrue(browser.driver.findElements(By.cssSelector("#movers li")).size() >= 5, "top movers listed");
        String row = browser.await(Duration.ofSeconds(10), "run listed",
                d -> d.findElement(By.cssSelector("#runs tr[data-id='" + id + "']")).getText());
        assertTrue(row.contains("wash-trader") && row.contains("1001") && row.contains("taoflow-2025-11"), row);

        browser.click("pause");
        browser.await(Duration.ofSeconds(15), "paused", d -> "paused".equals(browser.text("live-state")));
        assertEquals("paused", Fixtures.state(id));
        browser.click("resume");
        browser.await(Duration.ofSeconds(15), "running again", d -> "running".equals(browser.text("live-state")));
        screenshot();
        browser.type("live-speed", "max");
        browser.click("set-speed");
        browser.await(Duration.ofSeconds(90), "finished", d -> "finished".equals(browser.text("live-state")));
        String report = browser.driver.findElement(By.id("report-link")).getAttribute("href");
        assertTrue(report.endsWith("/api/runs/" + id + "/report.html"), report);
        given().get(report).then().statusCode(200).contentType(containsString("text/html"));
        browser.await(Duration.ofSeconds(10), "verdict in the run list", d -> !d.findElement(
                By.cssSelector("#runs tr[data-id='" + id + "'] td.verdict")).getText().isBlank());
        int alarms = given().get("/api/runs/" + id).then().extract().path("alarms");
        if (alarms > 0) {
            assertTrue(browser.pixels("#chart-alarms canvas", ALARM).get(0) > 0, "alarm points drawn");
            assertTrue(browser.driver.findElements(By.cssSelector("#alarms li")).size() > 0, "alarms listed");
        }

        // the view links to the run; reopened after the end, its charts come from the stored series and report
        assertTrue(browser.driver.getCurrentUrl().endsWith("#run=" + id), browser.driver.getCurrentUrl());
        browser.driver.navigate().refresh();
        long stored = given().get("/api/runs/" + id + "/series").asString().lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        browser.await(Duration.ofSeconds(20), stored + " stored tempos drawn", d -> tempos() == stored);
        List<Long> again = browser.pixels("#chart-share canvas", ATTACK, TWIN);
        assertTrue(again.get(0) + again.get(1) > 150, "share lines drawn from series.csv: " + again);
        assertTrue(browser.pixels("#heat", ATTACK, TWIN).stream().mapToLong(Long::longValue).sum() > 100, "heat strip");
        browser.await(Duration.ofSeconds(10), "stored alarms drawn",
                d -> ((Number) browser.js("return window.lab.live.alarmX.length")).intValue() == alarms);
    }

    @Test
    void aStrategyErrorIsShownAtItsLine() {
        browser.driver.get(root.toString());
        sessionToken("s3cret");
        String bad = new String(Fixtures.resource("small.yaml"), StandardCharsets.UTF_8)
                .replace("budgetTao: 500", "budgetTao: lots");
        int line = bad.substring(0, bad.indexOf("budgetTao: lots")).split("\n", -1).length;
        setEditor(bad);
        browser.click("validate");
        assertErrorAt(line, "adversaries[0].budgetTao", "expected a number");

        setEditor("name: x\n  bad: [\n");
        browser.click("start-yaml");
        assertErrorAt(2, "name", "syntax error");

        setEditor(new String(Fixtures.resource("small.yaml"), StandardCharsets.UTF_8));
        browser.click("validate");
        browser.await(Duration.ofSeconds(10), "valid", d -> browser.text("validation-state").startsWith("valid"));
        assertTrue(browser.driver.findElements(By.cssSelector("#gutter span.err")).isEmpty(), "no line marked");
    }

    private void assertErrorAt(int line, String path, String message) {
        WebElement marked = browser.await(Duration.ofSeconds(20), "error marked in the gutter", d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#gutter span.err"));
            return found.isEmpty() ? null : found.get(0);
        }, () -> "errors: " + browser.text("errors") + "; state: " + browser.text("validation-state") + "; notice: "
                + browser.js("return document.getElementById('notice').textContent"));
        assertEquals(String.valueOf(line), marked.getAttribute("data-line"), "the marked line");
        assertTrue(marked.isDisplayed(), "the editor scrolled to the error");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#gutter span.err")).size());
        assertTrue(marked.getAttribute("title").contains(path + ": " + message), marked.getAttribute("title"));
        String listed = browser.driver.findElement(By.cssSelector("#errors li")).getText();
        assertTrue(listed.startsWith("line " + line + ", column ") && listed.contains(message), listed);
    }

    private void setEditor(String text) {
        browser.js("const t = document.getElementById('yaml'); t.value = arguments[0];"
                + " t.dispatchEvent(new Event('input'));", text);
    }

    private void sessionToken(String token) {
        browser.js(token == null ? "sessionStorage.removeItem('dtao-lab-token')"
                : "sessionStorage.setItem('dtao-lab-token', arguments[0])", token);
    }

    private static int tempos() {
        return ((Number) browser.js("return window.lab.live ? window.lab.live.x.length : 0")).intValue();
    }

    private static void screenshot() throws Exception {
        byte[] png = browser.driver.findElement(By.id("live")).getScreenshotAs(OutputType.BYTES);
        Files.write(Files.createDirectories(Path.of("target/lab-page")).resolve("live-view.png"), png);
    }
}
