package org.drplan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drplan.Drplan;
import org.drplan.changes.ChangePlans;
import org.drplan.config.BuildConfig;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In Firefox, where each file:// page has storage of its own, a new version built into the folder of the earlier one
 * (a bundle replaced on a USB stick) still finds the earlier version's run: {@code changed-steps-firefox.js}.
 */
@Tag("browser")
class FirefoxChangedStepsTest {

    @Test
    void aNewVersionInTheSameFolderNamesTheTickedStepsThatChanged() throws Exception {
        TestSite v1 = TestSite.build(ChangePlans.version1()).assertSucceeded();
        Path bundle = v1.output().toAbsolutePath();
        Path previous = VerifyPageBrowserTest.copy(bundle, bundle.resolveSibling("previous-bundle"));
        Path profile = Files.createTempDirectory(bundle.getParent(), "firefox-profile-");

        FirefoxScripts.runChecks("changed-steps-firefox.js", List.of("tick", bundle.toString(), profile.toString(),
                "procedures/restore/stop-the-payroll-app", "procedures/restore/restore-the-nightly-backup"), 120);

        Path v2 = TestSite.write(ChangePlans.version2());
        Drplan.build(BuildConfig.forTest(v2).toBuilder().previousBundle(previous).build()
                .withOutputDirectory(bundle)).problems().stream().filter(p -> p.isError()).findAny()
                .ifPresent(p -> {
                    throw new AssertionError(p.message());
                });
        FirefoxScripts.runChecks("changed-steps-firefox.js", List.of("check", bundle.toString(), profile.toString()),
                120);
    }
}
