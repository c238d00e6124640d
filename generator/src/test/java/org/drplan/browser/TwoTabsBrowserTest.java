package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;

/**
 * Two windows of checklist.html tick twenty different steps each at the same moment, in Chromium: after a reload
 * all forty are done. (Chromium passes localStorage between tabs asynchronously; a store that rewrote one shared
 * key kept 24 of 40.) Firefox runs the same in {@link FirefoxTwoTabsTest}.
 */
@Tag("browser")
class TwoTabsBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    /** A section of forty steps. */
    static String fortyStepPlan() {
        StringBuilder plan = new StringBuilder("""
                -- content/drplan.yml --
                title: Drill plan
                version: "1.0"
                -- content/procedures/drill.md --
                ---
                title: Drill
                type: procedure
                ---
                """);
        for (int i = 1; i <= 40; i++) {
            plan.append("- [ ] Step ").append(i).append(" {#s").append(i).append("}\n");
        }
        return plan.toString();
    }

    @Test
    void twoWindowsTickingAtOnceKeepEveryTick() {
        Path checklist = TestSite.build(fortyStepPlan(), b -> b.pdf(false)).assertSucceeded().output()
                .resolve("checklist.html");
        var driver = browser.driver();
        browser.openChecklistReady(checklist);
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.WINDOW);
        browser.openChecklistReady(checklist);
        String second = driver.getWindowHandle();

        long at = System.currentTimeMillis() + 1500;
        for (String[] window : List.of(new String[] {first, "1"}, new String[] {second, "21"})) {
            driver.switchTo().window(window[0]);
            browser.script("var from = +arguments[0], at = +arguments[1];"
                    + "setTimeout(function () { for (var i = from; i < from + 20; i++) {"
                    + "  document.querySelector('.step-box[data-step=\"procedures/drill/s' + i + '\"]').click(); } },"
                    + " at - Date.now());", window[1], String.valueOf(at));
        }
        browser.waitUntil(d -> System.currentTimeMillis() > at + 2500);
        driver.switchTo().window(second).close();
        driver.switchTo().window(first);

        browser.openChecklistReady(checklist);
        assertEquals(40L, browser.script("return document.querySelectorAll('.step-box:checked').length;"));
    }
}
