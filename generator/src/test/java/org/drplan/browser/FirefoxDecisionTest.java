package org.drplan.browser;

import java.util.List;

import org.drplan.testing.DecisionPlans;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A run through a decision point in Firefox ESR, whose file:// pages each get their own storage (the checklist and
 * the decision's page share the run through the store): {@code src/test/firefox/decision-firefox.js}.
 */
@Tag("browser")
class FirefoxDecisionTest {

    @Test
    void theAnswerIsRecordedAndTheBranchNotTakenLeavesTheProgressInFirefox() throws Exception {
        TestSite site = TestSite.build("-- content/drplan.yml --\ntitle: Decision run in Firefox\n"
                + DecisionPlans.SITE_A).assertSucceeded();
        FirefoxScripts.runChecks("decision-firefox.js", List.of(site.output().toAbsolutePath().toString()), 120);
    }
}
