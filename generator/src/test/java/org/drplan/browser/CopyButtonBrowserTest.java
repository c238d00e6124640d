package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A code block's Copy button never covers its code, in headless Chromium from file://: on a phone, a tablet and a
 * desktop, on checklist.html and on section pages, with the code scrolled sideways too (the reader must see the
 * whole command they type); the button stays big enough to tap and inside its own block; paper shows no button and
 * no room kept for one.
 */
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
    void theCopyButtonCoversNoCodeAtAnyWidthEvenScrolledSideways() {
        List<String> problems = new ArrayList<>();
        int buttons = 0;
        for (int width : WIDTHS) {
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 800));
            for (Path page : pages()) {
                browser.open(page);
                @SuppressWarnings("unchecked")
                List<Object> found = (List<Object>) browser.script(MEASURE);
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

    /**
     * For every Copy button: [count, problems]. Each button is measured against the text of its code, line by line
     * (a Range's client rects), first as the page opens, then with the code scrolled to its right end; it must lie
     * inside its pre and be at least 24 px each way (WCAG 2.2's smallest target).
     */
    private static final String MEASURE = """
            function overlaps(a, b) {
              return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            }
            function inside(a, b) {
              return a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
            }
            function check(button, pre, when, out) {
              var code = pre.querySelector('code');
              var b = button.getBoundingClientRect(), p = pre.getBoundingClientRect();
              var range = document.createRange();
              range.selectNodeContents(code);
              var covered = Array.prototype.filter.call(range.getClientRects(), function (r) {
                return r.width > 0 && overlaps(r, b);
              });
              var line = code.textContent.split('\\n')[0].slice(0, 40);
              if (covered.length) { out.push('the button covers the code ' + when + ': ' + line); }
              if (!inside(b, p)) { out.push('the button is outside its block ' + when + ': ' + line); }
              if (b.width < 24 || b.height < 24) {
                out.push('the button is ' + b.width + ' x ' + b.height + ' px: ' + line);
              }
            }
            var out = [], buttons = document.querySelectorAll('.copy-button');
            buttons.forEach(function (button) {
              var pre = button.parentNode.tagName === 'PRE' ? button.parentNode : button.parentNode.querySelector('pre');
              pre.scrollLeft = 0;
              check(button, pre, 'as the page opens', out);
              pre.scrollLeft = pre.scrollWidth;
              check(button, pre, 'scrolled to the end of its lines', out);
              pre.scrollLeft = 0;
            });
            return [buttons.length, out];
            """;
}
