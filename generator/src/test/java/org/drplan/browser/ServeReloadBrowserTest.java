package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.drplan.config.BuildConfig;
import org.drplan.serve.PreviewServer;
import org.drplan.serve.ServedFolder;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code drplan serve} in Chromium: a page reloads itself after a save and keeps its scroll position; a broken plan
 * shows its errors over the page, which goes back to normal once the plan is fixed.
 */
@Tag("browser")
class ServeReloadBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    /** What the server said, shown when a wait fails. */
    private final List<String> log = new CopyOnWriteArrayList<>();

    /** A build runs between the save and the page's change: on a loaded machine that can take more than 10 s. */
    private void waitLong(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .withMessage(() -> "the server said: " + log + "; the page's bar: "
                        + browser.script("var bar = document.getElementById('drplan-serve');"
                                + " return bar ? bar.textContent : 'none';")
                        + "; scrolled to " + browser.script("return window.scrollY;"))
                .until(condition);
    }

    @Test
    void aPageReloadsAfterASaveKeepsItsScrollAndShowsABrokenPlansErrors() throws Exception {
        String longText = "A paragraph of the procedure that takes room on the page.\n\n".repeat(120);
        Path root = TestSite.write("""
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                ---
                What the plan covers.
                -- content/restore.md --
                ---
                title: Restore
                type: procedure
                ---
                """ + longText + "Last words: version one.\n");
        Path restore = root.resolve("content/restore.md");
        try (ServedFolder folder = ServedFolder.temporary();
                PreviewServer server = PreviewServer.start(BuildConfig.forTest(root).toBuilder().pdf(false).build()
                        .withOutputDirectory(folder.path()), "127.0.0.1", 0, log::add)) {
            browser.driver().get(server.address().resolve("restore.html").toString());
            waitLong(d -> browser.script("return document.getElementById('drplan-serve') !== null;")
                    .equals(Boolean.TRUE));
            browser.script("window.scrollTo(0, 2000); window.drplanBeforeReload = true;");
            long scrolled = ((Number) browser.script("return Math.round(window.scrollY);")).longValue();
            assertTrue(scrolled > 1500, "the page is long enough to scroll: " + scrolled);

            Files.writeString(restore, Files.readString(restore).replace("version one", "version two"));
            waitLong(d -> browser.script("return document.body.textContent.indexOf('version two') >= 0 "
                    + "&& !window.drplanBeforeReload;").equals(Boolean.TRUE));
            waitLong(d -> ((Number) browser.script("return Math.round(window.scrollY);")).longValue()
                    == scrolled);
            // the checklist's banners come later and push the page down; the place is kept through them
            Thread.sleep(2500);
            assertEquals(scrolled, ((Number) browser.script("return Math.round(window.scrollY);")).longValue(),
                    "the place is kept once the page has settled");

            Files.writeString(restore, Files.readString(restore) + "\n[broken](nowhere.md)\n");
            waitLong(d -> browser.driver().findElement(By.id("drplan-serve")).getText()
                    .contains("nowhere.md"));
            String bar = browser.driver().findElement(By.id("drplan-serve")).getText();
            assertTrue(bar.contains("the plan has 1 error; this page is from the last good build"), bar);
            assertTrue(bar.matches("(?s).*content/restore\\.md:\\d+:\\d+: error: .*"), bar);

            Files.writeString(restore, Files.readString(restore).replace("[broken](nowhere.md)", "Fixed."));
            waitLong(d -> browser.script("return document.body.textContent.indexOf('Fixed.') >= 0;")
                    .equals(Boolean.TRUE));
            waitLong(d -> browser.driver().findElement(By.id("drplan-serve")).getText().contains("built in"));
            assertEquals(Boolean.TRUE, browser.script("return document.querySelectorAll('#drplan-serve li').length "
                    + "=== 0;"));
        }
    }
}
