package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Words as a reader types them, in headless Chromium from file:// (the Firefox test runs the same plan, {@link #PLAN}):
 * a word that starts as a stop word ("not" on the way to "notify") is never dropped while it is the last word, and a
 * typo in a word's first letters is found as well as one in its last, also where the chunks are split by more
 * letters than the first.
 */
@Tag("browser")
class SearchTypingBrowserTest {

    static final String PLAN = """
            -- content/declare.md --
            ---
            title: Declare the incident
            type: procedure
            ---
            - [ ] Notify: the service desk
            - [ ] Escalate: the vendor duty engineer

            Keep a note, and write notes in the log.
            -- content/database.md --
            ---
            title: Restore the MySQL database
            type: procedure
            ---
            Restore the dump, then rotate the API token.
            -- content/files.md --
            ---
            title: Restore the file shares
            type: procedure
            ---
            Restore from the snapshot, restore the ACLs, restore the quotas.
            -- content/status.md --
            ---
            title: Status page
            type: reference
            ---
            Put the status page online.
            """ + reasonCodes();

    /** So many words starting "re" that the word chunks are split by "re" and "rez": a typo there is in the key. */
    private static String reasonCodes() {
        StringBuilder text = new StringBuilder("""
                -- content/codes.md --
                ---
                title: Reason codes
                type: reference
                ---
                """);
        for (int i = 0; i < 2600; i++) {
            text.append("rez").append((char) ('a' + i / 676)).append((char) ('a' + i / 26 % 26))
                    .append((char) ('a' + i % 26)).append(i % 10 == 9 ? "\n" : " ");
        }
        return text.toString();
    }

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.build(PLAN).assertSucceeded();
    }

    @BeforeEach
    void freshPage() {
        browser.driver().get("about:blank");
    }

    /** Types {@code text} on a fresh overview page and returns the results' titles once the box shows something. */
    private List<String> titles(String text) {
        browser.open(site.output().resolve("index.html"));
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.click();
        input.sendKeys(text);
        browser.waitUntil(d -> {
            WebElement box = d.findElement(By.id("search-results"));
            return box.isDisplayed() && !box.getText().isEmpty() && !box.getText().startsWith("Loading");
        });
        return browser.driver().findElements(By.cssSelector("#search-results .search-result-title")).stream()
                .map(WebElement::getText).toList();
    }

    private String message() {
        return browser.driver().findElements(By.cssSelector("#search-results .search-message")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    private List<String> marked() {
        return browser.driver().findElements(By.cssSelector("#search-results .search-result-title mark")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theChunksOfThisPlanAreSplitByTheFirstLetters() throws IOException {
        String index = Files.readString(site.output().resolve("assets/search/index.js"));
        assertTrue(index.contains("\"wordSplits\":[\"r\",\"re\",\"rez\"]"), index);
    }

    /** "in" → incident, "no"/"not" → notify, "my" → mysql, "to" → token, "on" → online: lunr's stop words all. */
    @Test
    void aStopWordBeingTypedFindsTheWordsItBegins() {
        assertEquals(List.of("Declare the incident"), titles("in"));
        assertEquals(List.of("Declare the incident"), titles("no"));
        assertEquals(List.of("Declare the incident"), titles("not"));
        assertEquals(List.of("Restore the MySQL database"), titles("my"));
        assertEquals(List.of("Restore the MySQL database"), titles("to"));
        assertEquals(List.of("Status page"), titles("on"));
    }

    /** What "not" found is marked, each word whole ("notes", not "note" in it), not "not" wherever it starts a word. */
    @Test
    void theWordsAStopWordPrefixFoundAreMarked() {
        titles("not");
        assertEquals(List.of(), marked(), "the title has no word starting 'not'");
        assertEquals(List.of("Notify", "note", "notes"), browser.driver().findElements(
                By.cssSelector("#search-results mark")).stream().map(WebElement::getText).distinct().sorted().toList());
    }

    /**
     * After other words, a stop word being typed brings the sections with a word it begins first and never empties the
     * results: the reader may have finished the word ("restore the") or be on the way to a longer one ("restore to"
     * → token).
     */
    @Test
    void afterOtherWordsAStopWordBeingTypedRanksButDoesNotFilter() {
        assertEquals(List.of("Restore the file shares", "Restore the MySQL database"), titles("restore"));
        assertEquals(List.of("Restore the MySQL database", "Restore the file shares"), titles("restore to"));
        assertEquals(List.of("Restore the file shares", "Restore the MySQL database"), titles("restore the"));
        assertEquals("", message(), "no 'No section has all of'");
    }

    /** A stop word that is not the last word is dropped, as lunr drops it. */
    @Test
    void aFinishedStopWordBeforeOtherWordsIsDropped() {
        List<String> results = titles("to re");
        assertTrue(results.containsAll(List.of("Restore the file shares", "Restore the MySQL database")), results.toString());
        assertEquals("", message());
        assertEquals(List.of("Restore the MySQL database"), titles("the my"));
    }

    @Test
    void aSingleLetterStillAsksForMore() {
        titles("a");
        assertEquals("Type a little more…", message());
    }

    /** A letter wrong, missing or extra at the start, and one wrong in the second letter, where the key is "re". */
    @Test
    void aTypoInTheFirstLettersIsFound() {
        for (String typed : List.of("eestore", "estore", "rrestore", "rsstore", "restpre", "snapshat", "ssnapshot", "xnapshot")) {
            List<String> results = titles(typed);
            assertTrue(!results.isEmpty() && results.get(0).startsWith("Restore the"), typed + ": " + results);
        }
        titles("nnapshot");
        assertEquals(List.of("snapshot"), browser.driver().findElements(By.cssSelector("#search-results mark"))
                .stream().map(WebElement::getText).distinct().toList(), "the word found is marked");
    }
}
