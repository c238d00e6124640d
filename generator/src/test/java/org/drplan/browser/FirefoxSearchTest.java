package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search in Firefox ESR from file://, held to the checks of {@link SearchQualityBrowserTest} and
 * {@link SearchTypingBrowserTest} on the same plans:
 * {@code src/test/firefox/search-firefox.js} (see {@link FirefoxScripts}).
 */
@Tag("browser")
class FirefoxSearchTest {

    @Test
    void searchFindsWhatAReaderExpectsInFirefox() throws Exception {
        TestSite site = TestSite.build(SearchQualityBrowserTest.PLAN).assertSucceeded();
        TestSite broken = TestSite.build(SearchQualityBrowserTest.PLAN).assertSucceeded();
        deleteIndex(broken.output().resolve("assets/search"));
        TestSite typing = TestSite.build(SearchTypingBrowserTest.PLAN).assertSucceeded();

        FirefoxScripts.Result result = FirefoxScripts.runChecks("search-firefox.js", List.of(site.output().toString(),
                broken.output().toString(), typing.output().toString()), 180);
        assertTrue(result.output().contains("ok   the stop word \"not\" being typed finds the words it begins")
                && result.output().contains("ok   a typo in the first letters of \"eestore\" is found"), result.output());
    }

    private static void deleteIndex(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
