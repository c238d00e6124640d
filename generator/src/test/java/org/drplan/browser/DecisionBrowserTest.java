package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.drplan.testing.DecisionPlans;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A run through a decision point in Chromium from file://: the answer chosen is recorded in the execution log (time,
 * initials, answer) and exported with it, the branch not taken greys out and leaves the progress, and a changed mind
 * is recorded too and shown everywhere the decision is asked.
 */
@Tag("browser")
class DecisionBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static final String DECISION = "declare/decision-is-site-a-reachable";
    private static final String RESTORE = "restore/restore-the-backup";
    private static final String PROMOTE = "promote/promote-the-replica";

    @Test
    void theAnswerIsRecordedTheBranchNotTakenGreysOutAndProgressCountsTheChosenPath() {
        TestSite site = TestSite.build("-- content/drplan.yml --\ntitle: Decision run plan\n"
                + DecisionPlans.SITE_A).assertSucceeded();
        browser.openChecklistReady(site.output().resolve("checklist.html"));
        browser.driver().findElement(By.id("initials")).sendKeys("ab");
        assertEquals("0 of 5 done", text("[data-progress-label=all]"), "before the decision every step counts");

        choose("no");
        browser.waitUntil(d -> element("[data-decision-made='" + DECISION + "']").isDisplayed());
        assertTrue(text("[data-decision-made='" + DECISION + "']").matches("Chosen: No · \\d\\d:\\d\\d · AB"),
                text("[data-decision-made='" + DECISION + "']"));
        assertEquals("true", element("[data-answer=no] .decision-choice").getAttribute("aria-pressed"));
        assertEquals("false", element("[data-answer=yes] .decision-choice").getAttribute("aria-pressed"));
        assertTrue(stepItem(PROMOTE).getAttribute("class").contains("not-taken"), "the branch not taken greys out");
        assertFalse(stepItem(RESTORE).getAttribute("class").contains("not-taken"));
        assertEquals("0 of 3 done", text("[data-progress-label=all]"), "the two steps not taken leave the progress");
        assertEquals("not on the path chosen at a decision", text("[data-progress-label=promote]"));

        browser.driver().findElement(By.cssSelector(".step-box[data-step='" + RESTORE + "']")).click();
        browser.waitUntil(d -> "1 of 3 done".equals(text("[data-progress-label=all]")));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) browser.script(
                "return window.drplanChecklist.state().record.events;");
        Map<String, Object> decided = events.get(0);
        assertEquals(DECISION, decided.get("step"));
        assertEquals("decide", decided.get("action"));
        assertEquals("no", decided.get("answer"));
        assertEquals("AB", decided.get("initials"));
        assertEquals("Is Site A reachable? \u2014 No", decided.get("text"));
        String csv = (String) browser.script("return window.drplanChecklist.csv();");
        assertEquals("time_local,time_utc,plan,version,build,mode,step,step_number,action,initials,note,text,answer",
                csv.lines().findFirst().orElseThrow());
        assertTrue(csv.lines().anyMatch(line -> line.contains("," + DECISION + ",,decide,AB,,")
                && line.endsWith(",Is Site A reachable? \u2014 No,no")), csv);

        // a changed mind is recorded as well, and the decision's own page shows it
        browser.openChecklistReady(site.output().resolve("declare.html"));
        assertEquals("true", element("[data-answer=no] .decision-choice").getAttribute("aria-pressed"));
        choose("yes");
        browser.openChecklistReady(site.output().resolve("checklist.html"));
        assertTrue(stepItem(RESTORE).getAttribute("class").contains("not-taken"));
        assertFalse(stepItem(PROMOTE).getAttribute("class").contains("not-taken"));
        assertEquals("0 of 4 done", text("[data-progress-label=all]"),
                "the restore's tick stays in the log but is off the chosen path");
        assertEquals(3L, browser.script("return window.drplanChecklist.state().record.events.length;"));
        assertTrue(browser.takeSevereConsoleMessages().isEmpty());
    }

    @Test
    void aDecisionInABranchNotTakenIsNotTakenEitherWithBothItsBranches() {
        TestSite site = TestSite.build(DecisionPlans.TREE).assertSucceeded();
        browser.openChecklistReady(site.output().resolve("checklist.html"));
        assertEquals("0 of 5 done", text("[data-progress-label=all]"));

        choose("declare/decision-is-site-a-reachable", "no");
        browser.waitUntil(d -> "0 of 2 done".equals(text("[data-progress-label=all]")));
        for (String step : List.of("promote/check-the-replica-s-lag", "switch/switch-the-traffic",
                "resync/resync-the-replica")) {
            assertTrue(stepItem(step).getAttribute("class").contains("not-taken"), step);
        }
        assertTrue(element("[data-decision='promote/decision-is-the-replica-current']").getAttribute("class")
                .contains("not-taken"), "the second question is not asked on this path");

        choose("declare/decision-is-site-a-reachable", "yes");
        choose("promote/decision-is-the-replica-current", "no");
        browser.waitUntil(d -> "0 of 3 done".equals(text("[data-progress-label=all]")));
        assertTrue(stepItem("switch/switch-the-traffic").getAttribute("class").contains("not-taken"));
        assertTrue(stepItem("restore/restore-the-backup").getAttribute("class").contains("not-taken"));
        assertFalse(stepItem("resync/resync-the-replica").getAttribute("class").contains("not-taken"));
        assertFalse(element("[data-decision='promote/decision-is-the-replica-current']").getAttribute("class")
                .contains("not-taken"));
    }

    @Test
    void aBranchNotTakenGreysOutOnItsOwnPageToo() {
        TestSite site = TestSite.build(DecisionPlans.TREE.replace("Decision tree plan", "Decision pages plan"))
                .assertSucceeded();
        browser.openChecklistReady(site.output().resolve("switch.html"));
        assertFalse(notTakenOnPage("switch/switch-the-traffic"), "nothing is chosen yet");

        browser.openChecklistReady(site.output().resolve("declare.html"));
        choose("declare/decision-is-site-a-reachable", "no");
        for (String page : List.of("promote", "switch", "resync")) {
            browser.openChecklistReady(site.output().resolve(page + ".html"));
            String step = element(".step-box[data-step]").getAttribute("data-step");
            assertTrue(notTakenOnPage(step), page + ": off the path chosen two pages and a decision away");
        }
        browser.openChecklistReady(site.output().resolve("restore.html"));
        assertFalse(notTakenOnPage("restore/restore-the-backup"));

        browser.openChecklistReady(site.output().resolve("declare.html"));
        choose("declare/decision-is-site-a-reachable", "yes");
        browser.openChecklistReady(site.output().resolve("switch.html"));
        assertFalse(notTakenOnPage("switch/switch-the-traffic"), "back on the path once the mind is changed");
        assertEquals(List.of(), browser.takeSevereConsoleMessages());
    }

    /** Whether the step's item on a section page is greyed out as off the chosen path. */
    private static boolean notTakenOnPage(String step) {
        return (Boolean) browser.script("var box = document.querySelector(\".step-box[data-step='\" + arguments[0] "
                + "+ \"']\"); return box.closest('li').classList.contains('not-taken');", step);
    }

    private static void choose(String answer) {
        choose(DECISION, answer);
    }

    private static void choose(String decision, String answer) {
        long before = (Long) browser.script("return window.drplanChecklist.state().record.events.length;");
        element("[data-decision='" + decision + "'] [data-answer=" + answer + "] .decision-choice").click();
        browser.waitUntil(d -> (Long) browser.script("return window.drplanChecklist.state().record.events.length;")
                > before);
    }
    private static WebElement stepItem(String step) {
        return element("li[data-step='" + step + "']");
    }

    private static WebElement element(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static String text(String css) {
        return element(css).getText();
    }
}
