package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Search from file:// in headless Chromium: as you type, from sub-folders, to the right anchor, never as markup. */
@Tag("browser")
class SearchBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.build("""
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                ---
                What the plan covers.
                -- content/procedures/restore-db.md --
                ---
                type: procedure
                tags: [postgresql]
                ---
                # Restore the database
                ## Prepare
                Find the latest backup.
                ## Verify
                Run pgbackrest check and compare the row counts.
                -- content/procedures/failover.md --
                ---
                title: Fail over DNS
                type: procedure
                ---
                Switch the records.
                -- content/hostile.md --
                ---
                title: "<img src=x onerror=\\"window.pwned=1\\">Hostile"
                ---
                Zanzibar appears only here.
                """).assertSucceeded();
    }

    @BeforeEach
    void freshPage() {
        browser.driver().get("about:blank");
    }

    private void open(String page) {
        browser.open(site.output().resolve(page));
    }

    private List<WebElement> typeAndWait(String text) {
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.click();
        input.sendKeys(text);
        browser.waitUntil(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#search-results .search-result, #search-results .search-message")));
        return browser.driver().findElements(By.cssSelector("#search-results .search-result"));
    }

    @Test
    void nothingOfTheSearchLoadsUntilTheBoxIsUsed() {
        open("index.html");
        String loaded = "return [typeof lunr, typeof drplanSearchCore, "
                + "document.querySelectorAll('script[src*=\\'assets/search/\\']').length].join();";
        assertEquals("undefined,undefined,0", browser.driver().executeScript(loaded));
        assertEquals(1, typeAndWait("restore").size());
        assertEquals("function,object,3", browser.driver().executeScript(loaded),
                "lunr.js, the core; of the index: its table of contents, the words beginning with r, the results' text");
    }

    @Test
    void resultsAppearAsYouTypeOnTheIndexPageAndLeadToTheHeading() {
        open("index.html");
        List<WebElement> results = typeAndWait("pgbackrest");

        assertEquals("Verify", results.get(0).findElement(By.className("search-result-title")).getText());
        assertEquals("RECOVERY PROCEDURES › RESTORE THE DATABASE",
                results.get(0).findElement(By.className("search-result-where")).getText());
        assertEquals("pgbackrest", results.get(0).findElement(By.tagName("mark")).getText());
        assertTrue(results.get(0).getAttribute("href").endsWith("/procedures/restore-db.html#verify"));
        results.get(0).click();

        assertTrue(browser.driver().getCurrentUrl().endsWith("/procedures/restore-db.html#verify"));
        Boolean visible = (Boolean) browser.driver().executeScript("var r = document.getElementById('verify')"
                + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;");
        assertTrue(visible, "the heading is in view");
    }

    @Test
    void fromASubFolderPageTheResultLinksStayRelativeAndKeyboardWorks() {
        open("procedures/failover.html");
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement input = browser.driver().switchTo().activeElement();
        assertEquals("search-input", input.getAttribute("id"), "'/' focuses the search box");
        List<WebElement> results = typeAndWait("scope");
        assertEquals("Scope", results.get(0).findElement(By.className("search-result-title")).getText());

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", results.get(0).getAttribute("aria-selected"));
        input.sendKeys(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.urlContains("/scope.html"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/scope.html"));
    }

    @Test
    void escapeClearsTheBox() {
        open("index.html");
        typeAndWait("scope");
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("", input.getAttribute("value"));
        assertTrue(!browser.driver().findElement(By.id("search-results")).isDisplayed());
    }

    @Test
    void partialWordsAndTyposStillFind() {
        open("index.html");
        assertEquals("Verify", typeAndWait("pgback").get(0).findElement(By.className("search-result-title")).getText());
        open("index.html");
        assertEquals("Verify", typeAndWait("pgbakrest").get(0).findElement(By.className("search-result-title")).getText());
    }

    @Test
    void aHostileTitleIsShownAsText() {
        open("index.html");
        List<WebElement> results = typeAndWait("zanzibar");

        assertEquals("<img src=x onerror=\"window.pwned=1\">Hostile",
                results.get(0).findElement(By.className("search-result-title")).getText());
        assertEquals(0, browser.driver().findElements(By.cssSelector("#search-results img")).size());
        assertNull(browser.driver().executeScript("return window.pwned;"));
    }

    @Test
    void searchPageListsAllResultsForTheQueryInTheUrl() {
        browser.driver().get(site.output().resolve("search.html").toUri() + "?q=restore+database");
        browser.waitUntil(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("#search-page-results .search-result")));
        List<WebElement> results = browser.driver().findElements(By.cssSelector("#search-page-results .search-result"));
        assertEquals("Restore the database", results.get(0).findElement(By.className("search-result-title")).getText());
        assertTrue(browser.driver().findElement(By.id("search-page-status")).getText()
                .endsWith("for “restore database”"));
        assertEquals(List.of(), browser.takeSevereConsoleMessages());
    }
}
