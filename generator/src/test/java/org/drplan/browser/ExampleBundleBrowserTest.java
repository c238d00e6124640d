package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** The sample plan's bundle, opened from file:// in headless Chromium, as a reader at the recovery site would. */
class ExampleBundleBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static Path bundle;

    @BeforeAll
    static void build() {
        bundle = BrowserSites.build(Path.of("../content"), "example-bundle", b -> b
                .baseDirectory(Path.of(".."))
                .buildTime(Instant.parse("2026-11-25T00:00:00Z")));
    }

    @Test
    void everyPageLoadsWithNoJavaScriptErrorAndNoRequestOutsideTheBundle() throws IOException {
        int pages = browser.openEveryPage(bundle);
        assertTrue(pages >= 15, "pages: " + pages);
    }

    @Test
    void sidebarLinksLeadToThePagesTheyName() {
        browser.open(bundle.resolve("procedures/restore-database.html"));
        WebElement link = browser.driver().findElement(By.linkText("6.1 Key actions and milestones"));
        link.click();
        assertEquals("6.1 Key actions and milestones",
                browser.driver().findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/key-actions.html"));
    }

    @Test
    void onAPhoneTheMenuOpensAndNothingScrollsSideways() {
        var window = browser.driver().manage().window();
        Dimension before = window.getSize();
        try {
            window.setSize(new Dimension(360, 740));
            browser.open(bundle.resolve("procedures/restore-database.html"));
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
