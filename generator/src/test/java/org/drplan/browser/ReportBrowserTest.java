package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * report.html in Chromium from file://: logs imported through the file picker (the user's way) are reported with the
 * durations {@link ReportLogs} works out by hand, exercise and incident apart; this browser's own log is reported
 * from the checklist's store.
 */
@Tag("browser")
class ReportBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static final String READY = "return document.documentElement.getAttribute('data-report-ready');";

    private static void waitForRender(int count) {
        browser.waitUntil(d -> String.valueOf(count).equals(browser.script(READY)));
    }

    private static WebElement sectionRow(String title) {
        return browser.driver().findElements(By.cssSelector(".run-exercise .report-sections tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().contains(title)).findFirst().orElseThrow();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    @Test
    void importedLogsAreReportedWithTheirDurationsAgainstTheEstimatesAndRtos() throws Exception {
        TestSite site = TestSite.build(BrowserSites.REPORT_PLAN).assertSucceeded();
        Path logs = Files.createTempDirectory(site.output().getParent(), "logs-");
        Path exercise = ReportLogs.exerciseJson(site, logs);
        Path incident = ReportLogs.incidentCsv(site, logs);

        browser.open(site.output().resolve("report.html"));
        waitForRender(1);
        assertTrue(browser.driver().findElement(By.id("report")).getText().contains("No log yet"));
        browser.driver().findElement(By.id("report-files"))
                .sendKeys(exercise.toAbsolutePath() + "\n" + incident.toAbsolutePath());
        browser.waitUntil(d -> !browser.driver().findElements(By.cssSelector(".run-incident")).isEmpty());

        String exerciseText = browser.driver().findElement(By.cssSelector(".run-exercise")).getText();
        assertTrue(exerciseText.contains("Not finished: 1 of 6 steps are open at the last tick, 1h 30m in."),
                exerciseText);
        assertTrue(exerciseText.contains("By the plan\u2019s estimates the recovery takes 1h 10m, on the critical path"),
                exerciseText);
        assertEquals(List.of("15m", "20m", "T+15m", "09:20 (T+20m)", "30m", "done"),
                cells(sectionRow("Declare")));
        assertEquals(List.of("35m", "50m", "T+50m", "10:10 (T+1h 10m)", "1h", "done, past its RTO"),
                cells(sectionRow("Restore the database")));
        assertEquals(List.of("20m", "—", "T+1h 10m", "—", "1h30m", "1 of 2 done"),
                cells(sectionRow("Start the app")));
        assertTrue(exerciseText.contains("MK"), exerciseText);
        assertTrue(exerciseText.contains("slow disks"), exerciseText);
        assertTrue(exerciseText.contains("Escalate: call the CIO if users cannot sign in"), exerciseText);
        String incidentText = browser.driver().findElement(By.cssSelector(".run-incident")).getText();
        assertTrue(incidentText.startsWith("INCIDENT 2026-11-20") || incidentText.startsWith("Incident 2026-11-20"),
                incidentText);
        assertTrue(incidentText.contains("1 of 6"), incidentText);
        assertTrue(browser.script("return document.getElementById('report-status').textContent;").toString()
                .contains("Read 2 logs"));

        String csv = browser.script("return window.drplanReport.csv();").toString();
        assertTrue(csv.contains("exercise,section,2.2,Restore the database,,done,,2026-11-25T10:10:00.000Z,70,50,35,60,yes"),
                csv);
        assertEquals(List.of(), browser.takeSevereConsoleMessages());

        // printed as the exercise record: A4, black and white, without the page's controls
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        Pdf printed = browser.driver().print(a4);
        byte[] pdfBytes = java.util.Base64.getDecoder().decode(printed.getContent());
        Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("report.pdf"), pdfBytes);
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Not finished: 1 of 6 steps are open"), text);
            assertTrue(text.contains("2.2.1 Restore the backup"), "every step is printed: " + text);
            assertTrue(!text.contains("Import logs") && !text.contains("Use this browser"),
                    "the controls are not printed: " + text);
        }

        browser.driver().manage().window().setSize(new Dimension(1280, 2600));
        Path shot = Files.createDirectories(Path.of("target/screenshots")).resolve("report.png");
        Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void thisBrowsersLogIsReportedFromTheChecklistsStore() {
        TestSite site = TestSite.build(BrowserSites.REPORT_PLAN.replace("version: \"2.0\"", "version: \"2.1\""))
                .assertSucceeded();
        browser.openChecklistReady(site.output().resolve("checklist.html"));
        List<String> steps = ReportLogs.steps(site);
        for (String step : steps.subList(0, 2)) {
            browser.driver().findElement(By.cssSelector(".step-box[data-step='" + step + "']")).click();
        }
        browser.waitUntil(d -> ((Number) browser.script(
                "return window.drplanChecklist.state().record.events.length;")).intValue() == 2);

        browser.openChecklistReady(site.output().resolve("report.html"));
        waitForRender(1);
        browser.driver().findElement(By.cssSelector("[data-action='use-browser-log']")).click();
        waitForRender(2);
        String text = browser.driver().findElement(By.cssSelector(".run-exercise")).getText();
        assertTrue(text.contains("this browser (exercise)"), text);
        assertTrue(text.contains("2 of 6"), text);
        assertTrue(browser.driver().findElement(By.cssSelector(".run-exercise .report-sections")).getText()
                .contains("done"), text);
    }
}
