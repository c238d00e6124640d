package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.drplan.config.SearchIndexerChoice;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/** The bundle's search files are the Java port's by default and lunr.js's on request: the same bytes either way. */
class SearchIndexerChoiceTest {

    private static final String PLAN = """
            -- content/scope.md --
            ---
            type: scope
            tags: [payroll]
            ---
            # Scope
            Payroll restores from the replica on pay-db01.example.net; ask [[@dba]].
            ## Out of scope
            - [ ] Notify: the canteen (ERR_CONN_REFUSED means it is closed)
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
    void bothIndexersWriteTheSameSearchFiles() {
        Map<String, String> java = searchFiles(TestSite.build(PLAN).assertSucceeded());
        Map<String, String> lunrJs = searchFiles(TestSite.build(PLAN,
                b -> b.searchIndexer(SearchIndexerChoice.LUNR_JS)).assertSucceeded());
        assertTrue(java.keySet().stream().anyMatch(f -> f.startsWith("i-")), java.keySet().toString());
        assertTrue(java.size() > 5, java.keySet().toString());
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

    private static Map<String, String> searchFiles(TestSite site) {
        Path folder = site.output().resolve(SearchIndexWriter.FOLDER);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
