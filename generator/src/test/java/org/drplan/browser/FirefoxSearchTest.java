package org.drplan.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * Search in Firefox ESR from file://, held to the checks of {@link SearchQualityBrowserTest} and
 * {@link SearchTypingBrowserTest} on the same plans:
 * {@code src/test/firefox/search-firefox.js} (see {@link FirefoxScripts}).
 */
class FirefoxSearchTest {

    @Test
    void searchFindsWhatAReaderExpectsInFirefox() throws Exception {
        TestSite site = TestSite.build(SearchQualityBrowserTest.PLAN).assertSucceeded();
        TestSite broken = TestSite.build(SearchQualityBrowserTest.PLAN).assertSucceeded();
        deleteIndex(broken.output().resolve("assets/search"));
        TestSite typing = TestSite.build(SearchTypingBrowserTest.PLAN).assertSucceeded();

        FirefoxScripts.runChecks("search-firefox.js", List.of(site.output().toString(),
                broken.output().toString(), typing.output().toString()), 180);
    }

    private static void deleteIndex(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
