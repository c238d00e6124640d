package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (nothing is downloaded), with the browser console
 * and the network log recorded so tests can assert "no JavaScript error" and "no request outside the bundle".
 * One browser per test class, started and stopped by JUnit:
 * {@code @RegisterExtension static final HeadlessChromium browser = new HeadlessChromium();}
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Longer than the checklist's own limit for the store to answer (5 s), so that a silent store is seen as such. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String CHECKLIST_READY =
            "return document.documentElement.getAttribute('data-checklist-ready') === 'true';";

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("register the browser with @RegisterExtension on a static field");
        }
        return driver;
    }

    /** Opens a bundle file from file:// and returns once its document (frames included) has loaded. */
    public void open(Path file) {
        driver().get(file.toUri().toString());
    }

    /**
     * Opens a page and waits for the checklist's ready signal: the store has answered with the saved ticks, or the
     * page has decided to work in memory and says why. Only then does an unticked box mean "not done".
     */
    public void openChecklistReady(Path file) {
        open(file);
        waitForChecklistReady();
    }

    public void waitForChecklistReady() {
        waitUntil(d -> Boolean.TRUE.equals(script(CHECKLIST_READY)));
    }

    public boolean checklistReady() {
        return Boolean.TRUE.equals(script(CHECKLIST_READY));
    }

    /** Waits (up to 10 s) until the condition gives something other than null or false, and returns that. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), PATIENCE).until(condition);
    }

    public Object script(String js, Object... arguments) {
        return driver().executeScript(js, arguments);
    }

    /** Console messages at level SEVERE since the last call: uncaught errors, failed loads, console.error. */
    public List<String> takeSevereConsoleMessages() {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        return severe;
    }

    /** URLs of every request the pages made since the last call, from Chromium's network log. */
    public List<String> takeRequestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                int at = message.indexOf("\"url\":\"", message.indexOf("\"request\":"));
                if (at > 0) {
                    int start = at + 7;
                    urls.add(message.substring(start, message.indexOf('"', start)));
                }
            }
        }
        return urls;
    }

    /**
     * Opens every page of a bundle from file:// and asserts what a reader at the recovery site needs: the page shows
     * its title, the theme's stylesheet applied, no JavaScript error, and no request left the bundle folder.
     *
     * @return the number of pages opened
     */
    public int openEveryPage(Path bundle) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(bundle)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !bundle.relativize(p).startsWith("assets"))
                    .sorted().toList();
        }
        takeSevereConsoleMessages();
        takeRequestedUrls();
        String inside = bundle.toUri().toString();
        for (Path page : pages) {
            // Ready means the checklist has also talked to its store, so its errors are caught here as well.
            openChecklistReady(page);
            assertTrue(driver.findElement(By.cssSelector("main h1")).isDisplayed(), page.toString());
            assertEquals(List.of(), takeSevereConsoleMessages(), "console errors on " + page);
            List<String> requested = takeRequestedUrls();
            assertTrue(requested.stream().anyMatch(url -> url.endsWith("assets/drplan.css")),
                    "the network log must see the page's own requests: " + requested);
            List<String> outside = requested.stream()
                    .filter(url -> !url.startsWith(inside) && !url.startsWith("data:")).toList();
            assertEquals(List.of(), outside, "requests outside the bundle from " + page);
            // A missing stylesheet would leave the browser's default serif font.
            String font = driver.findElement(By.tagName("body")).getCssValue("font-family");
            assertTrue(font.contains("system-ui"), page + " font: " + font);
        }
        return pages.size();
    }
}
