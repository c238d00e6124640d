package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Checklist execution from file:// in headless Chromium: ticks shared between pages through the store iframe,
 * who and when, export and import, damaged storage, exercise versus incident, plan versions kept apart. Every page
 * is opened up to the checklist's ready signal, so that an unticked box means "not done", not "not loaded yet".
 */
@Tag("browser")
class ChecklistBrowserTest {

    private static final String STOP = "procedures/restore/stop-the-payroll-app";
    private static final String ESCALATE = "key-actions/escalate-call-the-cio-if-late";
    private static final String RECORD_KEY = "drplan/payroll-plan/1.0/exercise";
    private static final String DAMAGED = "{\"events\": [broken";

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static TestSite site;

    @BeforeAll
    static void build() {
        site = BrowserSites.checklistPlan("1.0");
    }

    @BeforeEach
    void clearStorage() {
        browser.open(site.output().resolve("index.html"));
        script("localStorage.clear();");
    }

    private void open(String page) {
        browser.openChecklistReady(site.output().resolve(page));
    }

    private WebElement box(String step) {
        return browser.driver().findElement(By.cssSelector(".step-box[data-step='" + step + "']"));
    }

    private WebElement byCss(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    /** Ticks a step and waits until the store has recorded it. */
    private void tick(String step) {
        long before = eventCount();
        box(step).click();
        browser.waitUntil(d -> eventCount() > before);
    }

    private long eventCount() {
        return (Long) script("return window.drplanChecklist.state().record.events.length;");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> events() {
        return (List<Map<String, Object>>) script("return window.drplanChecklist.state().record.events;");
    }

    private Object script(String js) {
        return browser.script(js);
    }

    /** Runs a script in the store document, as another tab writing the same storage would. */
    private void inStoreFrame(String js) {
        browser.driver().switchTo().frame(byCss("iframe.store-frame"));
        try {
            script(js);
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    private String stored(String key) {
        return (String) script("return localStorage.getItem('" + key + "');");
    }

    /** Everything stored for one record: its base and each writer's key, the store's layout (see store.html). */
    private String storedRecord(String key) {
        return (String) script("var out = [];"
                + "for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
                + "  if (k === '" + key + "' || k.indexOf('" + key + "/w/') === 0) { out.push(localStorage.getItem(k)); } }"
                + "return out.join('\\n');");
    }

    /** Imports a log through the page's file input and returns the status line. */
    private String importLog(String text, String suffix) throws IOException {
        Path file = Files.createTempFile("drplan-log", suffix);
        Files.writeString(file, text);
        browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
        return browser.waitUntil(d -> {
            String status = d.findElement(By.id("import-status")).getText();
            return status.startsWith("Imported") || status.startsWith("Nothing") ? status : null;
        });
    }

    private void stubDownloads() {
        script("window.__downloads = []; URL.createObjectURL = function (b) { window.__downloads.push(b); "
                + "return 'data:text/plain,'; };");
    }

    private String download(int index) {
        return (String) browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1]; window.__downloads[arguments[0]].text().then(done);", index);
    }

    @Test
    void aTickOnASectionPageShowsOnTheChecklistPageAfterReloadWithTimeAndInitials() {
        open("checklist.html");
        browser.driver().findElement(By.id("initials")).sendKeys("mk");
        browser.waitUntil(d -> "MK".equals(stored("drplan/initials")));
        open("procedures/restore.html");
        tick(STOP);

        open("checklist.html");
        assertTrue(box(STOP).isSelected());
        String meta = byCss("[data-step-meta='" + STOP + "']").getText();
        assertTrue(meta.matches("done \\d\\d:\\d\\d · MK"), meta);
        assertEquals("1 of 4 done", byCss("[data-progress-label=all]").getText());
        assertEquals("1 of 3 done", byCss("[data-progress-label='procedures/restore']").getText());

        box(STOP).click();
        browser.waitUntil(d -> eventCount() == 2);
        open("procedures/restore.html");
        assertFalse(box(STOP).isSelected(), "an untick is shared too");
        assertEquals(List.of("tick", "untick"), events().stream().map(e -> e.get("action")).toList());
    }

    @Test
    void whenTheStoreAnswersLateThePageIsNotReadyUntilItShowsTheSavedTicks() {
        TestSite late = BrowserSites.checklistPlanWithLateStore();
        browser.openChecklistReady(late.output().resolve("procedures/restore.html"));
        tick(STOP);

        browser.open(late.output().resolve("checklist.html"));
        // The store keeps quiet for 2 s after the page has loaded: what a test sees before the ready signal.
        assertFalse(browser.checklistReady(), "ready before the store answered");
        assertFalse(box(STOP).isSelected(), "before the store answers, the saved tick is not shown yet");
        browser.waitForChecklistReady();
        assertTrue(box(STOP).isSelected(), "the saved tick shows the moment the page says it is ready");
        assertEquals("1 of 4 done", byCss("[data-progress-label=all]").getText());
        assertFalse(byCss("#store-banner").isDisplayed(), "a late store is not a failed one");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStoreAnswersHelloMergesAndAppendsInPlaceAndNeverWritesOverDamage() {
        open("checklist.html");
        List<Map<String, Object>> answers = (List<Map<String, Object>>) browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var frame = document.querySelector('iframe.store-frame');
                var a = {t: '2026-01-01T00:00:01Z', step: 'a', action: 'tick'};
                var b = {t: '2026-01-01T00:00:02Z', step: 'b', action: 'tick'};
                var requests = [
                  {op: 'hello'},
                  {id: 1001, op: 'merge', key: 'drplan/test/log', empty: {events: []}, events: [b, b, {step: 'no time'}]},
                  {id: 1002, op: 'append', key: 'drplan/test/log', empty: {events: []}, event: a},
                  {id: 1003, op: 'set', key: 'drplan/test/damaged', value: '{broken'},
                  {id: 1004, op: 'merge', key: 'drplan/test/damaged', empty: {events: []}, events: [a]},
                  {id: 1005, op: 'append', key: 'drplan/test/damaged', empty: {events: []}, event: a},
                  {id: 1006, op: 'get', key: 'drplan/test/log'}
                ];
                var answers = [];
                window.addEventListener('message', function (e) {
                  if (e.source !== frame.contentWindow || !(e.data.ready || e.data.reply > 1000)) { return; }
                  answers.push(e.data);
                  if (answers.length === requests.length) { done(answers); }
                });
                requests.forEach(function (m) { m.drplan = 1; frame.contentWindow.postMessage(m, '*'); });
                """);

        assertEquals(true, answers.get(0).get("ready"), "hello is answered with the announcement");
        assertEquals(true, answers.get(0).get("available"));
        assertEquals(1, ((List<?>) answers.get(1).get("added")).size(), "a duplicate and a malformed event skipped");
        assertEquals("{\"events\":[{\"t\":\"2026-01-01T00:00:01Z\",\"step\":\"a\",\"action\":\"tick\"},"
                + "{\"t\":\"2026-01-01T00:00:02Z\",\"step\":\"b\",\"action\":\"tick\"}]}",
                answers.get(2).get("value"), "append adds to what the store holds, in time order, and replies with it");
        assertEquals(List.of("corrupt", "{broken"), List.of(answers.get(4).get("error"), answers.get(4).get("value")));
        assertEquals(List.of("corrupt", "{broken"), List.of(answers.get(5).get("error"), answers.get(5).get("value")));
        assertEquals("{broken", stored("drplan/test/damaged"));
        assertEquals(List.of("failed", "unknown operation get"),
                List.of(answers.get(6).get("error"), answers.get(6).get("detail")));
    }

    @Test
    void exportedLogsRoundTripThroughImport() throws IOException {
        open("checklist.html");
        tick(STOP);
        tick(ESCALATE);
        stubDownloads();
        byCss("[data-action=export-csv]").click();
        byCss("[data-action=export-json]").click();
        String csv = download(0);
        String json = download(1);

        List<String> lines = csv.lines().toList();
        assertEquals("time_local,time_utc,plan,version,build,mode,step,step_number,action,initials,note,text,answer",
                lines.get(0));
        assertEquals(3, lines.size());
        String build = browser.driver().findElement(By.cssSelector("html")).getAttribute("data-build");
        assertTrue(build.matches("[0-9a-f]{12}"), build);
        assertTrue(lines.get(1).contains(",payroll-plan,1.0," + build + ",exercise," + STOP + ",1.1.1,tick,,,Stop the payroll app"),
                lines.get(1));
        assertTrue(lines.get(2).contains("," + ESCALATE + ",2.1.1,tick,"), lines.get(2));
        // The same numbers on paper: the printed checklist of the same plan.
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                java.nio.file.Files.readAllBytes(site.output().resolve("plan.pdf")))) {
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(printed.contains("1.1.1 Stop the payroll app"), printed);
            assertTrue(printed.contains("2.1.1 ESCALATE"), printed);
        }
        assertTrue(json.contains("\"number\": \"1.1.1\""), json);
        assertTrue(json.contains("\"build\": \"" + build + "\""), json);
        assertTrue(json.contains("\"mode\": \"exercise\"") && json.contains("\"step\": \"" + STOP + "\""), json);

        for (String exported : List.of(csv, json)) {
            script("window.drplanChecklist.reset();");
            open("checklist.html");
            assertFalse(box(STOP).isSelected());
            assertEquals("Imported 2 new events of 2.", importLog(exported, exported.startsWith("{") ? ".json" : ".csv"));
            open("checklist.html");
            assertTrue(box(STOP).isSelected(), "imported from " + exported);
            assertEquals(2, events().size());
        }
    }

    @Test
    void anImportIsMergedByTheStoreSoATickAnotherPageMadeMeanwhileIsKept() throws IOException {
        open("checklist.html");
        tick(STOP);
        // Another tab ticks a step: the store's storage has it, this page's copy of the record does not.
        inStoreFrame("localStorage.setItem('" + RECORD_KEY + "/w/0.othertab', JSON.stringify({events: [{t: new Date()"
                + ".toISOString(), local: '', step: 'procedures/restore/other-tab', action: 'tick', initials: 'OT',"
                + " text: 'ticked in another tab'}]}));");

        String log = "{\"events\": [{\"t\": \"2000-01-01T08:00:00.000Z\", \"local\": \"2000-01-01T09:00:00+01:00\","
                + " \"step\": \"" + ESCALATE + "\", \"action\": \"tick\", \"initials\": \"IM\", \"text\": \"imported\"}]}";
        assertEquals("Imported 1 new event of 1.", importLog(log, ".json"));

        open("checklist.html");
        assertEquals(List.of(ESCALATE, STOP, "procedures/restore/other-tab"),
                events().stream().map(e -> e.get("step")).toList(), "merged in time order, nothing dropped");
        assertTrue(box(ESCALATE).isSelected() && box(STOP).isSelected());
    }

    @Test
    void anImportNeverWritesOverDataDamagedMeanwhile() throws IOException {
        open("checklist.html");
        tick(STOP);
        inStoreFrame("localStorage.setItem('" + RECORD_KEY + "', '" + DAMAGED + "');");

        String log = "{\"events\": [{\"t\": \"2026-01-01T08:00:00.000Z\", \"local\": \"\", \"step\": \"" + ESCALATE
                + "\", \"action\": \"tick\", \"initials\": \"\", \"text\": \"imported\"}]}";
        assertEquals("Imported 1 new event of 1.", importLog(log, ".json"));

        assertEquals(DAMAGED, stored(RECORD_KEY), "the damaged value is never overwritten");
        assertTrue(byCss("#store-banner").getText().contains("damaged"), byCss("#store-banner").getText());
        assertTrue(box(STOP).isSelected() && box(ESCALATE).isSelected(), "the page keeps what it had and the import");
    }

    @Test
    void damagedStorageShowsABannerKeepsTheDataAndThePageWorks() {
        script("localStorage.setItem('" + RECORD_KEY + "', '" + DAMAGED + "');");
        open("checklist.html");

        WebElement banner = byCss("#store-banner");
        assertTrue(banner.isDisplayed());
        assertTrue(banner.getText().contains("damaged"), banner.getText());
        assertTrue(browser.driver().findElement(By.id("export-raw")).isDisplayed());
        stubDownloads();
        byCss("[data-action=export-raw]").click();
        assertEquals(DAMAGED, download(0), "the damaged data can be exported as it is");
        box(STOP).click();
        assertTrue(box(STOP).isSelected(), "ticking still works, in memory");
        assertEquals(DAMAGED, stored(RECORD_KEY), "the damaged value is never overwritten");
        assertEquals(List.of(), browser.takeSevereConsoleMessages());
    }

    @Test
    void dataDamagedElsewhereWhileThePageIsOpenIsReportedAndWhatThePageReadIsKept() {
        open("checklist.html");
        tick(STOP);
        // Written by the page, not its store: the store hears of it as a change made elsewhere and tells the page.
        script("localStorage.setItem('" + RECORD_KEY + "', '" + DAMAGED + "');");
        browser.waitUntil(d -> byCss("#store-banner").isDisplayed());

        assertTrue(byCss("#store-banner").getText().contains("damaged"), byCss("#store-banner").getText());
        assertTrue(box(STOP).isSelected(), "the ticks the page had read are still shown, and can be exported");
        assertEquals(1L, eventCount());
        assertEquals(DAMAGED, stored(RECORD_KEY));
    }

    @Test
    void resetAfterConfirmationReplacesDamagedDataAndSavingResumes() {
        script("localStorage.setItem('" + RECORD_KEY + "', '" + DAMAGED + "');");
        open("checklist.html");
        assertTrue(byCss("#store-banner").isDisplayed());

        byCss("[data-action=reset]").click();
        browser.driver().switchTo().alert().dismiss();
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(d -> !byCss("#store-banner").isDisplayed());
        tick(STOP);

        open("checklist.html");
        assertTrue(box(STOP).isSelected());
        assertTrue(storedRecord(RECORD_KEY).contains(STOP), storedRecord(RECORD_KEY));
    }

    @Test
    void storageThatNeverAnswersShowsABannerAndThePageWorksInMemory() throws IOException {
        TestSite broken = BrowserSites.checklistPlan("1.0");
        Files.delete(broken.output().resolve("assets/store.html"));
        browser.openChecklistReady(broken.output().resolve("checklist.html"));

        assertEquals(Boolean.TRUE, script("return window.drplanChecklist.state().memoryOnly;"));
        WebElement banner = byCss("#store-banner");
        assertTrue(banner.isDisplayed());
        assertTrue(banner.getText().startsWith("The runbook's storage did not answer."), banner.getText());
        assertTrue(banner.getText().contains("export the log before leaving"), banner.getText());
        box(STOP).click();
        browser.waitUntil(d -> eventCount() == 1);
        assertTrue(box(STOP).isSelected());
    }

    @Test
    void fullStorageShowsABannerAndTheTickIsKeptInMemory() {
        open("checklist.html");
        // Fill the storage, from inside the store document that writes to it, until not one character fits.
        inStoreFrame("var n = 0; [1048576, 65536, 4096, 256, 16, 1].forEach(function (size) {"
                + "  try { for (;;) { localStorage.setItem('f' + (n++), 'x'.repeat(size)); } } catch (e) { }"
                + "});");
        box(STOP).click();
        browser.waitUntil(d -> byCss("#store-banner").isDisplayed());

        assertTrue(byCss("#store-banner").getText().contains("storage is full"));
        assertTrue(box(STOP).isSelected());
        assertEquals(1L, eventCount());
        script("localStorage.clear();");
    }

    @Test
    void resetAsksFirstAndOffersTheExport() {
        open("checklist.html");
        tick(STOP);
        stubDownloads();
        byCss("[data-action=reset]").click();
        var offer = browser.driver().switchTo().alert();
        assertEquals("Download the execution log before resetting?", offer.getText());
        offer.accept();
        var confirm = browser.driver().switchTo().alert();
        assertTrue(confirm.getText().startsWith("Reset all exercise progress for version 1.0?"), confirm.getText());
        confirm.dismiss();
        assertEquals(1L, script("return window.__downloads.length;"), "the log was offered for download");
        assertTrue(box(STOP).isSelected(), "declining keeps everything");

        byCss("[data-action=reset]").click();
        browser.driver().switchTo().alert().dismiss();
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(d -> !box(STOP).isSelected());
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
            byCss("input[name=filter][value=" + filter + "]").click();
            long shown = browser.driver().findElements(By.cssSelector("#checklist-steps .step-box")).stream()
                    .filter(WebElement::isDisplayed).count();
            actual.add(filter + ":" + shown);
        }
        assertEquals(expected, actual);
    }

    @Test
    void aStepFilteredOutStillShowsTheNestedStepsThatPass() {
        String milestone = "procedures/restore/milestone-database-restored";
        String notify = "procedures/restore/notify-the-service-desk";
        open("checklist.html");
        tick(notify);
        byCss("input[name=filter][value=done]").click();
        assertTrue(box(notify).isDisplayed(), "the done notification nested in an open milestone");
        assertFalse(box(milestone).isDisplayed(), "the open milestone itself");
    }

    @Test
    void nestedStepsAreMarkedDoneOnTheirOwnItem() {
        String milestone = "procedures/restore/milestone-database-restored";
        String notify = "procedures/restore/notify-the-service-desk";
        open("checklist.html");
        // Nest the notification in the milestone's item, after a code block, with its box wrapped: as the list may
        // be rendered one day (a step's item holding other blocks and a list of further steps).
        script("var parent = document.querySelector('li[data-step=\"" + milestone + "\"]');"
                + "var child = document.querySelector('li[data-step=\"" + notify + "\"]');"
                + "var pre = document.createElement('pre'); pre.textContent = 'systemctl stop payroll';"
                + "var list = document.createElement('ul'); list.appendChild(child);"
                + "parent.appendChild(pre); parent.appendChild(list);"
                + "var box = child.querySelector('.step-box'); var wrap = document.createElement('span');"
                + "box.parentNode.insertBefore(wrap, box); wrap.appendChild(box);");
        WebElement parentItem = byCss("li[data-step='" + milestone + "']");
        WebElement childItem = byCss("li[data-step='" + notify + "']");

        tick(notify);
        assertEquals(List.of(false, true), List.of(hasDone(parentItem), hasDone(childItem)));
        tick(milestone);
        assertEquals(List.of(true, true), List.of(hasDone(parentItem), hasDone(childItem)));
        assertEquals("2 of 3 done", byCss("[data-progress-label='procedures/restore']").getText());
    }

    private static boolean hasDone(WebElement item) {
        return List.of(item.getAttribute("class").split(" ")).contains("is-done");
    }

    @Test
    void exerciseAndIncidentKeepSeparateLogs() {
        open("checklist.html");
        tick(STOP);
        byCss("input[name=mode][value=incident]").click();
        // data-mode changes together with the record it shows.
        browser.waitUntil(d -> "incident".equals(script("return document.documentElement.getAttribute('data-mode');")));
        assertFalse(box(STOP).isSelected(), "the incident log starts empty");

        open("procedures/restore.html");
        assertTrue(browser.driver().findElement(By.id("mode-banner")).getText().startsWith("Incident"));
        assertFalse(box(STOP).isSelected());
        assertTrue(storedRecord(RECORD_KEY).contains(STOP));
        assertEquals("", storedRecord("drplan/payroll-plan/1.0/incident"));
    }

    @Test
    void aNewPlanVersionStartsClean() {
        TestSite v2 = BrowserSites.checklistPlan("1.1");
        open("checklist.html");
        tick(STOP);
        browser.openChecklistReady(v2.output().resolve("checklist.html"));
        assertFalse(box(STOP).isSelected());
        assertEquals("1.1", script("return window.drplanChecklist.state().record.version;"));
    }
}
