package org.drplan.browser;

import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two tabs ticking at once, and full storage, in Firefox ESR (see src/test/firefox/two-tabs-firefox.js). */
@Tag("browser")
class FirefoxTwoTabsTest {

    @Test
    void twoTabsKeepEveryTickAndFullStorageIsToldAndSurvived() throws Exception {
        var bundle = TestSite.build(TwoTabsBrowserTest.fortyStepPlan(), b -> b.pdf(false)).assertSucceeded().output();
        FirefoxScripts.runChecks("two-tabs-firefox.js", List.of(bundle.toString()), 180);
    }
}
