package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** The sample plan's bundle, opened from file:// in headless Chromium, as a reader at the recovery site would. */
class ExampleBundleBrowserTest {

    private static HeadlessChromium browser;
    private static Path bundle;

    @BeforeAll
    static void buildAndOpen() {
        bundle = Path.of("target/browser-test/example-bundle").toAbsolutePath();
        BuildReport report = Drplan.build(BuildConfig.builder(Path.of("../content"), bundle)
                .baseDirectory(Path.of(".."))
                .buildTime(Instant.parse("2026-11-25T00:00:00Z"))
                .build());
        assertTrue(report.succeeded(), () -> String.join("\n", report.formattedProblems()));
        browser = new HeadlessChromium();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageLoadsWithNoJavaScriptErrorAndNoRequestOutsideTheBundle() throws IOException {
        int pages = browser.openEveryPage(bundle);
        assertTrue(pages >= 15, "pages: " + pages);
    }

    @Test
    void sidebarLinksLeadToThePagesTheyName() {
        browser.driver().get(bundle.resolve("procedures/restore-database.html").toUri().toString());
        WebElement link = browser.driver().findElement(By.linkText("Key actions and milestones"));
        link.click();
        assertEquals("Key actions and milestones", browser.driver().findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/key-actions.html"));
    }

    @Test
    void onAPhoneTheMenuOpensAndNothingScrollsSideways() {
        var window = browser.driver().manage().window();
        Dimension before = window.getSize();
        try {
            window.setSize(new Dimension(360, 740));
            browser.driver().get(bundle.resolve("procedures/restore-database.html").toUri().toString());
            WebElement sidebar = browser.driver().findElement(By.id("sidebar"));
            assertTrue(!sidebar.isDisplayed(), "the section list is folded away on a phone");
            browser.driver().findElement(By.cssSelector(".nav-toggle")).click();
            assertTrue(sidebar.isDisplayed(), "the menu button shows the section list");
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue(), "page is wider than the phone screen");
        } finally {
            window.setSize(before);
        }
    }
}
