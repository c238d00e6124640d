package org.drplan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify.html in Firefox ESR from file://: an intact and a damaged copy (see src/test/firefox/verify-firefox.js). */
@Tag("browser")
class FirefoxVerifyPageTest {

    @Test
    void checksAnIntactAndADamagedCopy(@TempDir Path tmp) throws Exception {
        Path built = TestSite.build(BrowserSites.CHECKLIST_PLAN, b -> b.pdf(false)).assertSucceeded().output();
        Path intact = VerifyPageBrowserTest.copy(built, tmp.resolve("intact"));
        Path damaged = VerifyPageBrowserTest.copy(built, tmp.resolve("damaged"));
        Files.delete(damaged.resolve("checklist.html"));
        Files.writeString(damaged.resolve("index.html"), "<!-- edited -->", StandardOpenOption.APPEND);
        Files.writeString(damaged.resolve("notes.txt"), "added");
        FirefoxScripts.runChecks("verify-firefox.js",
                List.of(built.toString(), intact.toString(), damaged.toString()), 120);
    }
}
