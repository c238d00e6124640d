package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A run of an earlier version still open in the browser: the checklist of the new version, built against that
 * version's bundle, says which of the run's ticked steps read otherwise now (Chromium shares file:// storage between
 * the two bundles' folders; in Firefox a new version replaces the old one in the same folder).
 */
@Tag("browser")
class ChangedStepsBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    @Test
    void theNewVersionsChecklistNamesTheTickedStepsThatChanged() {
        String v1 = org.drplan.changes.ChangePlans.version1().replace("Payroll plan", "Changed steps plan");
        String v2 = org.drplan.changes.ChangePlans.version2().replace("Payroll plan", "Changed steps plan");
        TestSite before = TestSite.build(v1).assertSucceeded();
        TestSite after = TestSite.build(v2, b -> b.previousBundle(before.output())).assertSucceeded();

        browser.openChecklistReady(after.output().resolve("checklist.html"));
        assertTrue(!browser.driver().findElement(By.id("previous-run")).isDisplayed(), "no run of 3.1.0 yet");

        browser.openChecklistReady(before.output().resolve("checklist.html"));
        for (String step : List.of("procedures/restore/stop-the-payroll-app",
                "procedures/restore/restore-the-nightly-backup")) {
            browser.driver().findElement(By.cssSelector(".step-box[data-step='" + step + "']")).click();
        }
        browser.waitUntil(d -> ((Number) browser.script(
                "return window.drplanChecklist.state().record.events.length;")).intValue() == 2);

        browser.openChecklistReady(after.output().resolve("checklist.html"));
        browser.waitUntil(d -> browser.driver().findElement(By.id("previous-run")).isDisplayed());
        assertEquals("This browser holds an exercise run of version 3.1.0 (2 steps ticked). 1 of its ticked steps reads "
                + "otherwise in version 3.2.0: 2.2.2 (reworded). Check them before you carry on with this version.",
                browser.driver().findElement(By.id("previous-run")).getText());
        assertEquals(0, ((Number) browser.script("return window.drplanChecklist.state().record.events.length;"))
                .intValue(), "the new version's own log starts empty");
    }
}
