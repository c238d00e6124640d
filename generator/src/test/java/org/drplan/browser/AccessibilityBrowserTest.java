package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the sample plan's bundle, checked by axe-core in headless Chromium from file:// (light and dark
 * colour schemes share the markup; axe sees the light one): no violation of any rule axe runs by default.
 */
@Tag("browser")
class AccessibilityBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static Path bundle;
    private static String axe;

    @BeforeAll
    static void build() throws Exception {
        bundle = BrowserSites.build(Path.of("../content"), "a11y-bundle", b -> b
                .baseDirectory(Path.of(".."))
                .buildTime(Instant.parse("2026-11-25T00:00:00Z")));
        axe = Files.readString(FirefoxScripts.axeScript());
    }

    @Test
    void noPageHasAnAccessibilityViolation() throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(bundle)) {
            pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !bundle.relativize(p).startsWith("assets")).sorted().toList();
        }
        assertTrue(pages.size() >= 20, "pages: " + pages.size());
        List<String> violations = new ArrayList<>();
        for (Path page : pages) {
            browser.openChecklistReady(page);
            browser.driver().executeScript(axe);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) browser.driver().executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    axe.run(document, { resultTypes: ['violations'] }).then(function (result) {
                      done(result.violations.map(function (v) {
                        return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {
                          return n.target.join(' ');
                        }).join(', ');
                      }));
                    });
                    """);
            found.forEach(v -> violations.add(bundle.relativize(page) + ": " + v));
        }
        assertEquals(List.of(), violations);
    }
}
