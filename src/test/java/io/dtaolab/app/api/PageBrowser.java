package io.dtaolab.app.api;

import io.dtaolab.prereq.Prerequisites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless chromium driven through Debian's chromedriver (no driver or browser download). */
final class PageBrowser implements AutoCloseable {
    final ChromeDriver driver;

    PageBrowser(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Prerequisites.CHROMIUM.require("the page test").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--force-device-scale-factor=1", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Prerequisites.CHROMEDRIVER.require("the page test").toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
        return await(timeout, what, condition, () -> "");
    }

    /** Waits for the condition; on timeout the message adds what {@code state} says about the page then. */
    <T> T await(Duration timeout, String what, Function<WebDriver, T> condition, Supplier<String> state) {
        try {
            return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + " " + state.get());
        }
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    /**
     * Pixels of a canvas in each colour (RGB, ±40 per channel, opaque): evidence that series were drawn, not only
     * that the chart elements exist.
     */
    @SuppressWarnings("unchecked")
    List<Long> pixels(String canvasSelector, int[]... colours) {
        return (List<Long>) js("""
                const c = document.querySelector(arguments[0]);
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                const colours = arguments[1];
                const hits = colours.map(() => 0);
                for (let i = 0; i < d.length; i += 4) {
                  if (d[i + 3] < 200) continue;
                  colours.forEach((rgb, k) => {
                    if (Math.abs(d[i] - rgb[0]) <= 40 && Math.abs(d[i + 1] - rgb[1]) <= 40 && Math.abs(d[i + 2] - rgb[2]) <= 40) hits[k]++;
                  });
                }
                return hits;""", canvasSelector, List.of(colours).stream().map(c -> List.of(c[0], c[1], c[2])).toList());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
