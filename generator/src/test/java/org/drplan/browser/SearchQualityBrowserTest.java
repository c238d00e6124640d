package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a reader expects of the search box, in headless Chromium from file:// (the Firefox test runs the same plan,
 * {@link #PLAN}): every word must match, else any word, said so; a host name finds its page first; no empty results
 * while a word is half typed; an exact word beats a word of the same stem; a title beats a body; split chunks are
 * found; a hostile title stays text; a bundle without its index files says so and the page works.
 */
@Tag("browser")
class SearchQualityBrowserTest {

    static final String PLAN = """
            -- content/gateway.md --
            ---
            title: Restore the API gateway
            type: procedure
            ---
            Rebuild node apigw-dc2-11 from the golden image, then restoring traffic is a DNS change.
            -- content/network.md --
            ---
            title: Network overview
            type: reference
            ---
            The dc2 site has many hosts: dc2 core, dc2 edge, dc2 storage, dc2 backup. The apigw pool lives in dc1,
            node 11 of it too.
            -- content/formatting.md --
            ---
            title: Formatting the disks
            type: procedure
            ---
            Use mkfs on each disk.
            -- content/cluster.md --
            ---
            title: Cluster notes
            type: reference
            ---
            After the formation of a new quorum, check the members.
            -- content/glossary.md --
            ---
            title: Glossary
            type: reference
            ---
            A quorum is the number of members that must agree. Zebra appears in this body.
            -- content/zebra.md --
            ---
            title: Zebra crossing procedure
            type: procedure
            ---
            Nothing else.
            -- content/dns.md --
            ---
            title: DNS records
            type: reference
            ---
            """ + dnsRecords() + """
            -- content/errors.md --
            ---
            title: Database errors
            type: reference
            ---
            ORA-00942 means a table is missing; the listener answers ERR_CONN_REFUSED when it is down. Ticket
            INC-4711 has the history. The replica is at 10.2.0.15.
            -- content/connections.md --
            ---
            title: Connections
            type: reference
            ---
            A refused connection, conn refused in the err log: check the ora settings and the inc queue. Hosts
            10.2.0.1 and 10.2.0.150 take the load.
            -- content/hostile.md --
            ---
            title: "<img src=x onerror=\\"window.pwned=1\\">Wombat <b>care</b>"
            type: reference
            ---
            Wombats dig.
            """ + codes();

    /** A page that names a longer host, apigw-dc2-11.example.net, under each of its eight headings. */
    private static String dnsRecords() {
        StringBuilder text = new StringBuilder();
        for (int zone = 1; zone <= 8; zone++) {
            text.append("## Zone ").append(zone).append("\nCNAME api").append(zone)
                    .append(" to apigw-dc2-11.example.net.\n");
        }
        return text.toString();
    }

    /**
     * A section with so many words starting "re" and host names starting "apigw" that their chunks are split (by
     * "rez", "reza", ..., and "apigw-dc9-1", ...): queries must find their way through split chunks.
     */
    private static String codes() {
        StringBuilder text = new StringBuilder("""
                -- content/codes.md --
                ---
                title: Reason codes
                type: reference
                ---
                """);
        for (int i = 0; i < 2600; i++) {
            String letters = "" + (char) ('a' + i / 676) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
            text.append("Code rez").append(letters).append(" on apigw-dc9-").append(i).append(".\n");
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
        browser.open(site.output().resolve("index.html"));
    }

    /** Types {@code text} and returns the results' titles, once the box shows results or a message. */
    private List<String> titles(String text) {
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.click();
        input.sendKeys(text);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#search-results .search-result, "
                + "#search-results .search-message:not(:only-child), #search-results .search-message")).isEmpty()
                && !d.findElement(By.id("search-results")).getText().startsWith("Loading"));
        return browser.driver().findElements(By.cssSelector("#search-results .search-result-title")).stream()
                .map(WebElement::getText).toList();
    }

    private String message() {
        return browser.driver().findElements(By.cssSelector("#search-results .search-message")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    @Test
    void aHostNameFindsThePageThatHasItFirst() {
        List<String> results = titles("apigw-dc2-11");
        assertEquals("Restore the API gateway", results.get(0), results.toString());
        assertTrue(results.contains("Zone 1"), "a longer name it begins still counts, once per page: " + results);
    }

    /** Error codes, ticket ids and addresses with {@code _ - .} find their page before pages with their pieces. */
    @Test
    void anErrorCodeATicketAndAnAddressFindTheirPageFirst() {
        for (String query : List.of("ERR_CONN_REFUSED", "ora-00942", "INC-4711", "10.2.0.15")) {
            browser.open(site.output().resolve("index.html"));
            List<String> results = titles(query);
            assertEquals("Database errors", results.get(0), query + ": " + results);
        }
    }

    @Test
    void everyWordMustMatchElseAnyWordAndTheBoxSaysSo() {
        assertEquals(List.of("Glossary"), titles("quorum zebra"), "only the glossary has both");
        browser.open(site.output().resolve("index.html"));
        List<String> results = titles("quorum yak");
        assertEquals(List.of("Cluster notes", "Glossary"), results.stream().sorted().toList());
        assertTrue(message().startsWith("No section has all of “quorum”, “yak”"), message());
    }

    @Test
    void aHalfTypedWordStillShowsTheWordsItBegins() {
        for (String typed : List.of("restor", "restori", "restorin", "restoring")) {
            browser.open(site.output().resolve("index.html"));
            assertEquals("Restore the API gateway", titles(typed).get(0), typed);
        }
    }

    @Test
    void anExactWordBeatsAWordOfTheSameStemEvenInATitle() {
        List<String> results = titles("formation");
        assertEquals(List.of("Cluster notes", "Formatting the disks"), results);
    }

    @Test
    void aWordFoundDespiteATypoIsMarkedInTheResults() {
        assertEquals(List.of("Zebra crossing procedure", "Glossary"), titles("zebrra"));
        assertEquals(List.of("Zebra", "Zebra"), browser.driver().findElements(By.cssSelector("#search-results mark"))
                .stream().map(WebElement::getText).toList());
    }

    @Test
    void aTitleBeatsABody() {
        assertEquals(List.of("Zebra crossing procedure", "Glossary"), titles("zebra"));
    }

    @Test
    void wordsAndHostNamesInSplitChunksAreFound() throws IOException {
        String index = Files.readString(site.output().resolve("assets/search/index.js"));
        assertTrue(index.contains("\"wordSplits\":[\"r\",\"re\",\"rez\"]") && index.contains("\"apigw_002ddc9_002d1\""), index);
        assertEquals(List.of("Reason codes"), titles("rezbcd"));
        browser.open(site.output().resolve("index.html"));
        assertEquals("Reason codes", titles("apigw-dc9-1234").get(0));
        browser.open(site.output().resolve("index.html"));
        assertEquals("Restore the API gateway", titles("apigw-dc2-11").get(0));
        browser.open(site.output().resolve("index.html"));
        assertTrue(titles("re").contains("Restore the API gateway"), "a split key typed loads the chunks under it");
    }

    @Test
    void aHostileTitleIsShownAsText() {
        assertEquals(List.of("<img src=x onerror=\"window.pwned=1\">Wombat <b>care</b>"), titles("wombat"));
        assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('#search-results img, "
                + "#search-results b').length;"));
        assertEquals(null, browser.driver().executeScript("return window.pwned;"));
    }

    @Test
    void withoutItsIndexFilesThePageSaysSoAndKeepsWorking() throws IOException {
        TestSite broken = TestSite.build(PLAN).assertSucceeded();
        try (Stream<Path> files = Files.list(broken.output().resolve("assets/search"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        browser.open(broken.output().resolve("index.html"));
        titles("zebra");
        assertTrue(message().startsWith("The search index could not be loaded"), message());
        browser.driver().findElement(By.linkText("Checklist")).click();
        browser.waitUntil(ExpectedConditions.urlContains("checklist.html"));
        assertEquals("Recovery checklist", browser.driver().findElement(By.cssSelector("main h1")).getText());
    }
}
