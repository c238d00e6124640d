package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.drplan.testing.SharedSearchEngine;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The index lunr builds in the JVM, loaded back by lunr as the browser does, finds what it should. */
class SearchIndexBuilderTest {

    private static final SearchEngine ENGINE = SharedSearchEngine.get();

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
        String script = index.script();
        try (Context context = Context.newBuilder("js").engine(ENGINE.engine()).allowAllAccess(false).build()) {
            context.eval("js", new String(ENGINE.lunrScript(), StandardCharsets.UTF_8));
            context.eval("js", "var window = {};" + script);
            Value hits = context.eval("js", "lunr.Index.load(window.drplanSearchData.index).search("
                    + org.drplan.search.internal.JsonText.quote(query) + ").map(function (h) { return h.ref; })");
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < hits.getArraySize(); i++) {
                refs.add(hits.getArrayElement(i).asString());
            }
            return refs;
        }
    }

    @Test
    void aTermInOneBodyFindsThatSectionAndItsHeading() {
        SearchIndex index = new SearchIndexBuilder(ENGINE).build(DOCS);

        assertEquals(4, index.documentCount());
        assertEquals(List.of("2", "1"), search(index, "zebracrossing"),
                "the heading document has the term in fewer words, so it ranks first");
    }

    @Test
    void titlesTagsStepsAndRolesAreSearchable() {
        SearchIndex index = new SearchIndexBuilder(ENGINE).build(DOCS);

        assertEquals("1", search(index, "database").get(0));
        assertEquals(List.of("1"), search(index, "postgresql"));
        assertEquals(List.of("1"), search(index, "stop"));
        assertEquals(List.of("3"), search(index, "okafor"));
    }

    @Test
    void scriptCarriesResultMetadataSafelyForAScriptTag() {
        SearchIndex index = new SearchIndexBuilder(ENGINE).build(List.of(new SearchDocument("x.html",
                "</script><img src=x onerror=alert(1)>", "s", "p", "", "", "body", "", "", "")));

        assertTrue(index.script().startsWith("window.drplanSearchData = {\"index\": {\"version\":\"2.3.9\""));
        assertTrue(index.script().contains("\"t\":\"\\u003c/script>\\u003cimg src=x onerror=alert(1)>\""),
                index.script());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertEquals(new SearchIndexBuilder(ENGINE).build(DOCS).script(),
                new SearchIndexBuilder(ENGINE).build(DOCS).script());
    }
}
