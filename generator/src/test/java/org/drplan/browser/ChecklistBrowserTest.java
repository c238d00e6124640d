package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checklist execution from file:// in headless Chromium: ticks shared between pages through the store iframe,
 * who and when, export and import, damaged storage, exercise versus incident, plan versions kept apart.
 */
class ChecklistBrowserTest {

    static final String PLAN = """
            -- content/drplan.yml --
            title: Payroll plan
            version: "1.0"
            -- content/procedures/restore.md --
            ---
            title: Restore payroll
            type: procedure
            ---
            - [ ] Stop the payroll app
            - [ ] Milestone: database restored
              - [ ] Notify: the service desk
            -- content/key-actions.md --
            ---
            title: Key actions
            type: checklist
            ---
            - [ ] Escalate: call the CIO if late
            """;
    private static final String STOP = "procedures/restore/stop-the-payroll-app";
    private static final String RECORD_KEY = "drplan/payroll-plan/1.0/exercise";

    private static HeadlessChromium browser;
    private static TestSite site;

    @BeforeAll
    static void buildAndOpen() {
        site = TestSite.build(PLAN).assertSucceeded();
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void clearStorage() {
        open("index.html");
        browser.driver().executeScript("localStorage.clear();");
    }

    private void open(String page) {
        browser.driver().get(site.output().resolve(page).toUri().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                "true".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.documentElement.getAttribute('data-checklist-ready') === 'true' "
                                + "&& window.drplanChecklist && (window.drplanChecklist.state().available "
                                + "|| window.drplanChecklist.state().memoryOnly) ? 'true' : 'false';")));
    }

    private WebElement box(String step) {
        return browser.driver().findElement(By.cssSelector(".step-box[data-step='" + step + "']"));
    }

    private void tick(String step) {
        box(step).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> box(step).isSelected()
                && !browser.driver().executeScript("return window.drplanChecklist.state().record.events.length")
                .equals(0L));
    }

    private Object script(String js) {
        return browser.driver().executeScript(js);
    }

    @Test
    void aTickOnASectionPageShowsOnTheChecklistPageAfterReloadWithTimeAndInitials() {
        open("checklist.html");
        WebElement initials = browser.driver().findElement(By.id("initials"));
        initials.sendKeys("mk");
        open("procedures/restore.html");
        tick(STOP);

        open("checklist.html");
        assertTrue(box(STOP).isSelected());
        String meta = browser.driver().findElement(By.cssSelector("[data-step-meta='" + STOP + "']")).getText();
        assertTrue(meta.matches("done \\d\\d:\\d\\d · MK"), meta);
        assertEquals("1 of 4 done", browser.driver().findElement(By.cssSelector("[data-progress-label=all]")).getText());
        assertEquals("1 of 3 done", browser.driver().findElement(
                By.cssSelector("[data-progress-label='procedures/restore']")).getText());

        box(STOP).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !box(STOP).isSelected());
        open("procedures/restore.html");
        assertFalse(box(STOP).isSelected(), "an untick is shared too");
        assertEquals(List.of("tick", "untick"), events().stream().map(e -> e.get("action")).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> events() {
        return (List<Map<String, Object>>) script("return window.drplanChecklist.state().record.events;");
    }

    @Test
    void exportedLogsRoundTripThroughImport() throws IOException {
        open("checklist.html");
        tick(STOP);
        tick("key-actions/escalate-call-the-cio-if-late");
        script("window.__downloads = []; URL.createObjectURL = function (b) { window.__downloads.push(b); return 'data:text/plain,'; };");
        browser.driver().findElement(By.cssSelector("[data-action=export-csv]")).click();
        browser.driver().findElement(By.cssSelector("[data-action=export-json]")).click();
        String csv = (String) browser.driver().executeAsyncScript(
                "arguments[0].length; var done = arguments[arguments.length - 1]; window.__downloads[0].text().then(done);", 0);
        String json = (String) browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1]; window.__downloads[1].text().then(done);");

        List<String> lines = csv.lines().toList();
        assertEquals("time_local,time_utc,plan,version,mode,step,action,initials,note,text", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains(",payroll-plan,1.0,exercise," + STOP + ",tick,,,Stop the payroll app"),
                lines.get(1));
        assertTrue(json.contains("\"mode\": \"exercise\"") && json.contains("\"step\": \"" + STOP + "\""), json);

        for (String exported : List.of(csv, json)) {
            script("window.drplanChecklist.reset();");
            open("checklist.html");
            assertFalse(box(STOP).isSelected());
            Path file = Files.createTempFile("drplan-log", exported.startsWith("{") ? ".json" : ".csv");
            Files.writeString(file, exported);
            browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                    d.findElement(By.id("import-status")).getText().startsWith("Imported"));
            assertEquals("Imported 2 new events of 2.", browser.driver().findElement(By.id("import-status")).getText());
            open("checklist.html");
            assertTrue(box(STOP).isSelected(), "imported from " + file);
            assertEquals(2, events().size());
        }
    }

    @Test
    void damagedStorageShowsABannerKeepsTheDataAndThePageWorks() {
        script("localStorage.setItem('" + RECORD_KEY + "', '{\"events\": [broken');");
        open("checklist.html");

        WebElement banner = browser.driver().findElement(By.id("store-banner"));
        assertTrue(banner.isDisplayed());
        assertTrue(banner.getText().contains("damaged"), banner.getText());
        assertTrue(browser.driver().findElement(By.id("export-raw")).isDisplayed());
        box(STOP).click();
        assertTrue(box(STOP).isSelected(), "ticking still works, in memory");
        assertEquals("{\"events\": [broken", script("return localStorage.getItem('" + RECORD_KEY + "');"),
                "the damaged value is never overwritten");
        assertEquals(List.of(), browser.takeSevereConsoleMessages());
    }

    @Test
    void storageThatNeverAnswersShowsABannerAndThePageWorksInMemory() throws IOException {
        TestSite broken = TestSite.build(PLAN).assertSucceeded();
        Files.delete(broken.output().resolve("assets/store.html"));
        browser.driver().get(broken.output().resolve("checklist.html").toUri().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(script("return !!(window.drplanChecklist && window.drplanChecklist.state().memoryOnly);")));

        WebElement banner = browser.driver().findElement(By.id("store-banner"));
        assertTrue(banner.isDisplayed());
        assertTrue(banner.getText().contains("export the log before leaving"), banner.getText());
        box(STOP).click();
        assertTrue(box(STOP).isSelected());
        assertEquals(1L, script("return window.drplanChecklist.state().record.events.length;"));
    }

    @Test
    void fullStorageShowsABannerAndTheTickIsKeptInMemory() {
        open("checklist.html");
        // Fill the storage, from inside the store document that writes to it, until not one character fits.
        browser.driver().switchTo().frame(browser.driver().findElement(By.cssSelector("iframe.store-frame")));
        script("var n = 0; [1048576, 65536, 4096, 256, 16, 1].forEach(function (size) {"
                + "  try { for (;;) { localStorage.setItem('f' + (n++), 'x'.repeat(size)); } } catch (e) { }"
                + "});");
        browser.driver().switchTo().defaultContent();
        box(STOP).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                browser.driver().findElement(By.id("store-banner")).isDisplayed());

        assertTrue(browser.driver().findElement(By.id("store-banner")).getText().contains("storage is full"));
        assertTrue(box(STOP).isSelected());
        assertEquals(1L, script("return window.drplanChecklist.state().record.events.length;"));
        script("localStorage.clear();");
    }

    @Test
    void resetAsksFirstAndOffersTheExport() {
        open("checklist.html");
        tick(STOP);
        script("window.__downloads = []; URL.createObjectURL = function (b) { window.__downloads.push(b); "
                + "return 'data:text/plain,'; };");
        browser.driver().findElement(By.cssSelector("[data-action=reset]")).click();
        var offer = browser.driver().switchTo().alert();
        assertEquals("Download the execution log before resetting?", offer.getText());
        offer.accept();
        var confirm = browser.driver().switchTo().alert();
        assertTrue(confirm.getText().startsWith("Reset all exercise progress for version 1.0?"), confirm.getText());
        confirm.dismiss();
        assertEquals(1L, script("return window.__downloads.length;"), "the log was offered for download");
        assertTrue(box(STOP).isSelected(), "declining keeps everything");

        browser.driver().findElement(By.cssSelector("[data-action=reset]")).click();
        browser.driver().switchTo().alert().dismiss();
        browser.driver().switchTo().alert().accept();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !box(STOP).isSelected());
        open("checklist.html");
        assertFalse(box(STOP).isSelected());
    }

    @Test
    void filtersShowOpenDoneOrKeySteps() {
        open("checklist.html");
        tick(STOP);
        List<String> expected = List.of("all:4", "open:3", "done:1", "key:3");
        List<String> actual = new java.util.ArrayList<>();
        for (String filter : List.of("all", "open", "done", "key")) {
            browser.driver().findElement(By.cssSelector("input[name=filter][value=" + filter + "]")).click();
            long shown = browser.driver().findElements(By.cssSelector("#checklist-steps .step")).stream()
                    .filter(WebElement::isDisplayed).count();
            actual.add(filter + ":" + shown);
        }
        assertEquals(expected, actual);
    }

    @Test
    void exerciseAndIncidentKeepSeparateLogs() {
        open("checklist.html");
        tick(STOP);
        browser.driver().findElement(By.cssSelector("input[name=mode][value=incident]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                "incident".equals(script("return document.documentElement.getAttribute('data-mode');")));
        assertFalse(box(STOP).isSelected(), "the incident log starts empty");

        open("procedures/restore.html");
        assertTrue(browser.driver().findElement(By.id("mode-banner")).getText().startsWith("Incident"));
        assertFalse(box(STOP).isSelected());
        assertTrue(((String) script("return localStorage.getItem('" + RECORD_KEY + "');")).contains(STOP));
        assertEquals(null, script("return localStorage.getItem('drplan/payroll-plan/1.0/incident');"));
    }

    @Test
    void aNewPlanVersionStartsClean() {
        TestSite v2 = TestSite.build(PLAN.replace("version: \"1.0\"", "version: \"1.1\"")).assertSucceeded();
        open("checklist.html");
        tick(STOP);
        browser.driver().get(v2.output().resolve("checklist.html").toUri().toString());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                "true".equals(script("return document.documentElement.getAttribute('data-checklist-ready');")));
        assertFalse(box(STOP).isSelected());
        assertEquals("1.1", script("return window.drplanChecklist.state().record.version;"));
    }
}
