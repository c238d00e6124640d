package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A code block's Copy button never covers its code, in headless Chromium and in Firefox from file://: on a phone, a
 * tablet and a desktop, on checklist.html and on section pages, with the code scrolled sideways too (the reader must see the
 * whole command they type); the button stays big enough to tap and inside its own block; paper shows no button and
 * no room kept for one.
 */
@Tag("browser")
class CopyButtonBrowserTest {

    private static final List<Integer> WIDTHS = List.of(360, 768, 1280);

    /** A step with a long first line (the reported {@code ssh itsm-jump-dr01.dr.exa[Copy]}), a short one, prose code. */
    static final String PLAN = """
            -- content/procedures/jump.md --
            ---
            title: Reach the DR site
            type: procedure
            ---
            From any laptop:

            ```
            ssh -o ConnectTimeout=10 -J ops@bastion.dr.example.net ops@itsm-jump-dr01.dr.example.net 'systemctl status itsm-app'
            ```

            - [ ] Log in to the jump host and check what is reachable:

              ```
              ssh itsm-jump-dr01.dr.example.net
              for h in itsm-lb01.prod.example.net itsm-db-dr01.dr.example.net; do nc -z -w2 "$h" 22; done
              ```
            - [ ] List the mounts:

              ```
              df -h
              ```
            """;

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static TestSite site;
    private static Path sample;

    @BeforeAll
    static void build() {
        site = TestSite.build(PLAN).assertSucceeded();
        sample = BrowserSites.build(Path.of("../content"), "copy-button-sample", b -> b.baseDirectory(Path.of(".."))
                .pdf(false));
    }

    @AfterEach
    void screenAgain() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private List<Path> pages() {
        return List.of(site.output().resolve("checklist.html"), site.output().resolve("procedures/jump.html"),
                sample.resolve("checklist.html"), sample.resolve("procedures/restore-database.html"),
                sample.resolve("procedures/failover-dns.html"));
    }

    @Test
    void theCopyButtonCoversNoCodeAtAnyWidthEvenScrolledSideways() throws IOException {
        List<String> problems = new ArrayList<>();
        int buttons = 0;
        for (int width : WIDTHS) {
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 800));
            for (Path page : pages()) {
                browser.open(page);
                @SuppressWarnings("unchecked")
                List<Object> found = (List<Object>) browser.script(measure());
                buttons += ((Number) found.get(0)).intValue();
                for (Object problem : (List<?>) found.get(1)) {
                    problems.add(width + " px, " + page.getParent().getFileName() + "/" + page.getFileName() + ": "
                            + problem);
                }
            }
        }
        assertTrue(buttons >= 30, "copy buttons measured: " + buttons);
        assertEquals(List.of(), problems.subList(0, Math.min(12, problems.size())), problems.size() + " problems");
    }

    @Test
    void inFirefoxTooTheCopyButtonCoversNoCode() throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of("src/test/firefox/copy-button-measure.js")
                .toAbsolutePath().toString()));
        pages().forEach(page -> args.add(page.toString()));
        FirefoxScripts.runChecks("copy-button-firefox.js", args, 180);
    }

    @Test
    void paperShowsNoButtonAndKeepsNoRoomForIt() {
        browser.open(site.output().resolve("checklist.html"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals(List.of(), browser.script("""
                var out = [];
                document.querySelectorAll('pre').forEach(function (pre, i) {
                  var style = getComputedStyle(pre);
                  if (style.paddingTop !== style.paddingBottom) {
                    out.push('pre ' + i + ' keeps ' + style.paddingTop + ' above its code on paper');
                  }
                });
                document.querySelectorAll('.copy-button').forEach(function (b, i) {
                  if (getComputedStyle(b).display !== 'none') { out.push('copy button ' + i + ' is printed'); }
                });
                return out;
                """));
    }

    /** The measurement, shared with Firefox: see the file. */
    private static String measure() throws IOException {
        return Files.readString(Path.of("src/test/firefox/copy-button-measure.js"));
    }
}
