package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index built in the JVM (by the Java port, the default), loaded back by lunr.js as the browser does, finds what
 * it should.
 */
class SearchIndexBuilderTest {

    private static final SearchIndexer INDEXER = new JavaLunrIndexer();
    /** lunr.js as the browser loads it, to query the index the way the browser does. */
    private static Context browser;

    @BeforeAll
    static void loadLunr() {
        browser = Context.newBuilder("js").allowAllAccess(false).option("engine.WarnInterpreterOnly", "false").build();
        browser.eval("js", new String(LunrLibrary.script(), StandardCharsets.UTF_8));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    private static final List<SearchDocument> DOCS = List.of(
            new SearchDocument("scope.html", "Scope", "Scope", "Scope", "", "", "What the plan covers.", "", "", ""),
            new SearchDocument("procedures/restore-db.html", "Restore the database", "Restore the database",
                    "Recovery procedures", "Verify", "postgresql", "Use pgbackrest. Check the zebracrossing.",
                    "Stop the app", "", ""),
            new SearchDocument("procedures/restore-db.html#verify", "Verify", "Restore the database",
                    "Recovery procedures", "", "", "Check the zebracrossing.", "", "", ""),
            new SearchDocument("team.html", "Team", "Team", "Recovery team and communication", "", "", "Who to call.",
                    "", "incident-commander Incident Commander Maren Okafor", ""));

    /** Refs (document positions) lunr returns for {@code query} on the serialized index, best first. */
    private static List<String> search(SearchIndex index, String query) {
        browser.eval("js", "var window = {};" + index.script());
        Value hits = browser.eval("js", "lunr.Index.load(window.drplanSearchData.index).search("
                + org.drplan.search.internal.JsonText.quote(query) + ").map(function (h) { return h.ref; })");
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < hits.getArraySize(); i++) {
            refs.add(hits.getArrayElement(i).asString());
        }
        return refs;
    }

    @Test
    void aTermInOneBodyFindsThatSectionAndItsHeading() {
        SearchIndex index = new SearchIndexBuilder(INDEXER).build(DOCS);

        assertEquals(4, index.documentCount());
        assertEquals(List.of("2", "1"), search(index, "zebracrossing"),
                "the heading document has the term in fewer words, so it ranks first");
    }

    @Test
    void titlesTagsStepsAndRolesAreSearchable() {
        SearchIndex index = new SearchIndexBuilder(INDEXER).build(DOCS);

        assertEquals("1", search(index, "database").get(0));
        assertEquals(List.of("1"), search(index, "postgresql"));
        assertEquals(List.of("1"), search(index, "stop"));
        assertEquals(List.of("3"), search(index, "okafor"));
    }

    @Test
    void scriptCarriesResultMetadataSafelyForAScriptTag() {
        SearchIndex index = new SearchIndexBuilder(INDEXER).build(List.of(new SearchDocument("x.html",
                "</script><img src=x onerror=alert(1)>", "s", "p", "", "", "body", "", "", "")));

        assertTrue(index.script().startsWith("window.drplanSearchData = {\"index\": {\"version\":\"2.3.9\""));
        assertTrue(index.script().contains("\"t\":\"\\u003c/script>\\u003cimg src=x onerror=alert(1)>\""),
                index.script());
    }

    @Test
    void theBundlesLunrIsTheWebJarsOfThePomsVersion() {
        assertEquals("2.3.9", LunrLibrary.version());
        assertTrue(new String(LunrLibrary.script(), StandardCharsets.UTF_8).contains("lunr.version = \"2.3.9\""));
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertEquals(new SearchIndexBuilder(INDEXER).build(DOCS).script(),
                new SearchIndexBuilder(INDEXER).build(DOCS).script());
    }
}
