package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.drplan.config.SearchIndexerChoice;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/** The build's search index is the Java port's by default and lunr.js's on request, the same bytes either way. */
class SearchIndexerChoiceTest {

    private static final String PLAN = """
            -- content/scope.md --
            ---
            type: scope
            tags: [payroll]
            ---
            # Scope
            Payroll restores from the replica; ask [[@dba]].
            ## Out of scope
            - [ ] Notify: the canteen
            -- content/team.yml --
            roles:
              - id: dba
                title: Database lead
            -- content/team.md --
            ---
            type: team
            ---
            # Team
            """;

    @Test
    void bothIndexersWriteTheSameIndexIntoTheBundle() {
        String java = TestSite.build(PLAN).assertSucceeded().assertFile("assets/search-index.js").text();
        String lunrJs = TestSite.build(PLAN, b -> b.searchIndexer(SearchIndexerChoice.LUNR_JS)).assertSucceeded()
                .assertFile("assets/search-index.js").text();
        assertEquals(lunrJs, java);
    }

    @Test
    void theChoiceIsNamedAsInThePom() {
        assertEquals(SearchIndexerChoice.LUNR_JS, SearchIndexerChoice.parse(" lunr-js"));
        assertEquals(SearchIndexerChoice.JAVA, SearchIndexerChoice.parse("JAVA"));
        assertEquals("searchIndexer must be 'java' or 'lunr-js', not 'lunr'",
                assertThrows(IllegalArgumentException.class,
                        () -> SearchIndexerChoice.parse("lunr")).getMessage());
    }
}
