/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its ChromeDriver. The console redraws its live pages every two
 * seconds, so every step looks its element up again and retries until a deadline, as a user would look again.
 * Without a browser the test is skipped, unless {@value #REQUIRED} says CI installed one.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String REQUIRED = "SLUICE_BROWSER_TESTS";
    private static final Duration STEP = Duration.ofSeconds(30);

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start(Path profile) {
        Path chromium = Path.of(env("SLUICE_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("SLUICE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String missing = "no Chromium at " + chromium + " or no ChromeDriver at " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv(REQUIRED))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // Without the networking switches Chromium keeps trying Google's hosts, which a closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Opens {@code url} until {@code locator} shows, for a worker whose REST server may not listen yet. */
    void openWhenReady(String url, By locator, Runnable stillAlive) {
        Eventually.await(url + " showing " + locator, Duration.ofSeconds(90), () -> {
            stillAlive.run();
            try {
                driver.get(url);
            } catch (WebDriverException notListening) {
                return false;
            }
            return shows(locator, Duration.ofSeconds(5));
        }, this::pageText);
    }

    private boolean shows(By locator, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (driver.findElements(locator).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    WebElement await(By locator) {
        AtomicReference<WebElement> found = new AtomicReference<>();
        Eventually.await(locator.toString(), STEP, () -> {
            List<WebElement> elements = driver.findElements(locator);
            found.set(elements.isEmpty() ? null : elements.get(0));
            return found.get() != null;
        }, this::pageText);
        return found.get();
    }

    void click(By locator) {
        retry("click " + locator, () -> driver.findElement(locator).click());
    }

    /** Replaces the text of a form field (forms are not redrawn while they are open). */
    void type(By locator, String text) {
        WebElement field = await(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until the text of {@code locator} satisfies {@code expected} and returns that text. */
    String awaitText(By locator, String what, Predicate<String> expected) {
        AtomicReference<String> seen = new AtomicReference<>();
        Eventually.await(what + " in " + locator, STEP, () -> {
            try {
                List<WebElement> elements = driver.findElements(locator);
                seen.set(elements.isEmpty() ? null : elements.get(0).getText());
                return seen.get() != null && expected.test(seen.get());
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        }, () -> "last seen: " + seen.get() + "\n" + pageText());
        return seen.get();
    }

    void awaitGone(By locator) {
        Eventually.await(locator + " gone", STEP, () -> driver.findElements(locator).isEmpty(), this::pageText);
    }

    void acceptConfirmation() {
        retry("accept the confirmation", () -> driver.switchTo().alert().accept());
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String pageText() {
        try {
            return "page " + driver.getCurrentUrl() + ":\n" + driver.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            return "page unreadable: " + e;
        }
    }

    private void retry(String what, Runnable action) {
        Eventually.await(what, STEP, () -> {
            try {
                action.run();
                return true;
            } catch (StaleElementReferenceException | NoAlertPresentException | NoSuchElementException notYet) {
                return false;
            }
        }, this::pageText);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
