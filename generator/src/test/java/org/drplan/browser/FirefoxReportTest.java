package org.drplan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The after-action report in Firefox ESR, held to the figures of the Chromium test:
 * {@code src/test/firefox/report-firefox.js} (see {@link FirefoxScripts}).
 */
@Tag("browser")
class FirefoxReportTest {

    @Test
    void importedLogsAndThisBrowsersLogAreReportedInFirefox() throws Exception {
        TestSite site = TestSite.build(BrowserSites.REPORT_PLAN).assertSucceeded();
        Path logs = Files.createTempDirectory(site.output().getParent(), "logs-");
        FirefoxScripts.runChecks("report-firefox.js", List.of(site.output().toAbsolutePath().toString(),
                ReportLogs.exerciseJson(site, logs).toAbsolutePath().toString(),
                ReportLogs.incidentCsv(site, logs).toAbsolutePath().toString()), 180);
    }
}
