package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages say how fresh each review was on the build date; opened later, they add what has fallen due since by the
 * reader's own clock, marked as today's. The browser's clock is set by the test (no test reads the real one).
 */
@Tag("browser")
class ReviewsTodayBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    /** Built 2026-01-02: data was reviewed in time then (due 2026-01-06), restore was overdue already. */
    private static Path bundle;
    private String clockScript;

    @BeforeAll
    static void build() {
        bundle = TestSite.build("""
                -- content/data.md --
                ---
                type: data
                reviewed: 2025-07-10
                ---
                # Data
                -- content/restore.md --
                ---
                type: procedure
                reviewed: 2025-01-01
                ---
                # Restore
                -- content/scope.md --
                ---
                type: scope
                reviewed: 2025-12-20
                ---
                # Scope
                """, b -> b.pdf(false)).assertSucceeded().output();
    }

    @AfterEach
    void realClock() {
        if (clockScript != null) {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", clockScript));
            clockScript = null;
        }
    }

    /** Every page opened after this believes it is noon of {@code day}, local time. */
    private void clockAt(String day) {
        String source = "(() => { const now = new Date('" + day + "T12:00:00').getTime(); const RealDate = Date;"
                + " class FixedDate extends RealDate { constructor(...a) { if (a.length) { super(...a); }"
                + " else { super(now); } } static now() { return now; } }"
                + " window.Date = FixedDate; })();";
        clockScript = (String) browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", source)).get("identifier");
    }

    @Test
    void onTheBuildDateThePagesShowOnlyWhatTheBuildFound() {
        clockAt("2026-01-02");
        browser.open(bundle.resolve("index.html"));
        assertEquals(List.of(), texts("p.review-today"));
        assertEquals(List.of("ok", "ok", "overdue 186 d"), texts("[data-view-of=plan] .review"));
        browser.open(bundle.resolve("data.html"));
        assertEquals(List.of(), texts(".review-banner"));
    }

    @Test
    void laterTheOverviewAddsWhatHasFallenDueSinceMarkedAsToday() {
        clockAt("2026-03-01");
        browser.open(bundle.resolve("index.html"));
        assertEquals(List.of("By this computer's clock today is 2026-03-01, 58 days after the build (2026-01-02): 2 "
                + "sections are overdue for review (1 on the build date)."), texts("p.review-today"));
        assertEquals(List.of("ok", "due 2026-01-06", "overdue 186 d"), texts("[data-view-of=plan] .review"));
        assertEquals(List.of(), browser.takeSevereConsoleMessages());
    }

    @Test
    void laterASectionPageSaysItsReviewHasFallenDue() {
        clockAt("2026-03-01");
        browser.open(bundle.resolve("data.html"));
        assertEquals(List.of("By this computer's clock today is 2026-03-01, 58 days after the build (2026-01-02): "
                + "this section's review fell due on 2026-01-06. Check it against the systems before you rely on "
                + "it."), texts(".review-banner"));
        browser.open(bundle.resolve("restore.html"));
        assertEquals(1, texts(".review-banner").size(), "the build's own banner, not a second one");
        browser.open(bundle.resolve("scope.html"));
        assertEquals(List.of(), texts(".review-banner"));
    }

    private static List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
