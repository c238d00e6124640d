package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drplan.config.Audience;
import org.drplan.testing.RestrictedPlans;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shareable edition in Chromium from file://: a link to a left-out section is text that goes nowhere, and the
 * search finds nothing of the restricted material, which the full edition's search does find.
 */
@Tag("browser")
class ShareableBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    @Test
    void aLinkToALeftOutSectionGoesNowhereAndSearchFindsNothingRestricted() throws IOException {
        TestSite shareable = TestSite.build(RestrictedPlans.SUPPLIER_SHARE, b -> b.audience(Audience.SHAREABLE)
                .pdf(false)).assertSucceeded();
        TestSite full = TestSite.build(RestrictedPlans.SUPPLIER_SHARE, b -> b.pdf(false)).assertSucceeded();

        browser.open(shareable.output().resolve("scope.html"));
        String page = browser.driver().getCurrentUrl();
        WebElement withheld = browser.driver().findElement(By.cssSelector("a.withheld-link"));
        assertEquals("Private contacts", withheld.getText());
        withheld.click();
        assertEquals(page, browser.driver().getCurrentUrl(), "a left-out section is not a page to go to");
        assertEquals("shareable edition", browser.driver().findElement(By.cssSelector(".brand-meta .edition"))
                .getText());
        screenshot("shareable-scope.png");
        assertEquals(List.of(), titles(search("token")), "the restricted block is not searchable");
        assertEquals(List.of(), titles(search("Ada")), "nor the left-out section");
        assertEquals(List.of(), browser.takeSevereConsoleMessages());

        browser.open(full.output().resolve("scope.html"));
        assertEquals(List.of("Scope"), titles(search("token")), "the full edition finds it");
        assertTrue(browser.driver().findElement(By.cssSelector(".admonition-restricted")).isDisplayed());
        screenshot("full-scope.png");
    }

    private List<WebElement> search(String text) {
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.click();
        input.clear();
        input.sendKeys(text);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-results .search-result, #search-results .search-message")));
        return browser.driver().findElements(By.cssSelector("#search-results .search-result"));
    }

    private static List<String> titles(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.className("search-result-title")).getText()).distinct()
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        Path shot = Files.createDirectories(Path.of("target/screenshots")).resolve(name);
        Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
    }
}
