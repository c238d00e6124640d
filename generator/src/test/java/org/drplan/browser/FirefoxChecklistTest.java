package org.drplan.browser;

import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checklist in Firefox ESR, whose file:// pages each get their own localStorage:
 * {@code src/test/firefox/checklist-firefox.js} (see {@link FirefoxScripts}).
 */
@Tag("browser")
class FirefoxChecklistTest {

    @Test
    void ticksAreSharedBetweenPagesAndEverythingElseWorksInFirefox() throws Exception {
        // The plan of the Chromium checklist tests, so that both browsers are held to the same checks.
        TestSite v1 = BrowserSites.checklistPlan("1.0");
        TestSite v2 = BrowserSites.checklistPlan("1.1");
        TestSite late = BrowserSites.checklistPlanWithLateStore();

        FirefoxScripts.runChecks("checklist-firefox.js", List.of(v1.output().toString(), v2.output().toString(),
                late.output().toString()), 240);
    }
}
