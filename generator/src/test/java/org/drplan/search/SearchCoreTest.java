package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drplan.bench.SyntheticPlan;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.testing.TestPlan;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search core (assets/search-core.js) run in GraalJS on the search files a plan gets: how a query is read, which
 * files it asks for and how sections rank. The browser tests only check that the page loads and shows them.
 */
class SearchCoreTest {

    private static SearchCoreJs js;

    @BeforeAll
    static void load() {
        TestPlan plan = TestPlan.of("""
                -- content/scope.md --
                ---
                type: scope
                ---
                # Scope
                The canteen menu is out of scope.
                -- content/restore.md --
                ---
                type: procedure
                ---
                # Restore the database
                - [ ] Notify the lead
                - [ ] Restore pay-db01.example.net from the replica
                -- content/restoring.md --
                ---
                type: procedure
                ---
                # Restoring files
                Files come back from tape.
                -- content/format.md --
                ---
                type: procedure
                ---
                # Formatting disks
                Wipe the volumes first.
                -- content/formation.md --
                ---
                type: reference
                ---
                # Team formation
                Who joins the team, and when.
                """);
        js = new SearchCoreJs(new SearchIndexWriter(new JavaLunrIndexer()).write(SearchParts.of(plan.plan())).files());
    }

    @AfterAll
    static void close() {
        js.close();
    }

    @Test
    void anExactWordRanksAboveAWordOfTheSameStem() {
        assertEquals("Team formation | Formatting disks", js.eval("titles('formation')"));
        assertEquals("Restore the database | Restoring files", js.eval("titles('restore')"));
    }

    @Test
    void aStopWordTypedLastIsTheStartOfAWordAndFiltersNothingOutAfterOthers() {
        assertEquals("not true", js.eval("var w = searcher.analyse('not').words[0]; w.word + ' ' + w.prefix"));
        assertEquals("Restore the database", js.eval("titles('not')"), "on the way to notify");
        assertEquals("Restore the database | Restoring files", js.eval("titles('restore the')"),
                "'the' after another word ranks but keeps every restore page");
        assertEquals("", js.eval("searcher.analyse('the restore').words.filter(function (w) { return w.prefix; })"
                + ".join()"), "a stop word not typed last is left out, as the index left it out");
    }

    @Test
    void aTypoInTheFirstLettersIsFoundThroughTheBeginningsAndEndingsLists() {
        assertEquals("", js.eval("searcher.typoListsFor(searcher.analyse('restore')).join()"),
                "a word found needs no typo lists");
        assertEquals("e-e", js.eval("searcher.typoListsFor(searcher.analyse('eestore')).join()"),
                "no word of 4+ letters begins with e here, so only the list of words ending in e exists");
        assertEquals("b-r", js.eval("searcher.typoListsFor(searcher.analyse('restorr')).join()"),
                "words beginning with r; none of 4+ letters ends in r");
        assertEquals("Restore the database", js.eval("titles('restorr')"), "restoring is two edits away");
        assertEquals("Restore the database", js.eval("titles('eestore')"));
        assertTrue(js.eval("search('eestore').terms.join()").contains("restore"), "the word it stands for is marked");
    }

    @Test
    void anIdentifierTypedWholeRanksItsPageFirst() {
        assertEquals("Restore the database", js.eval("titles('pay-db01.example.net').split(' | ')[0]"));
        assertEquals("pay-db01.example.net", js.eval("searcher.analyse('see pay-db01.example.net!').ids.join()"));
    }

    @Test
    void withoutASectionHoldingEveryWordItFallsBackToAnyWordAndSaysWhich() {
        assertEquals("true canteen,replica | restore.html scope.html", js.eval(
                "var r = search('canteen replica'); r.fallback + ' ' + r.words.join() + ' | ' + "
                        + "r.hits.map(function (h) { return h.u; }).sort().join(' ')"));
    }

    /**
     * In a plan whose word lists are split into chunks by more than their first letter, every indexed word and
     * identifier is looked for in the chunk that holds it (the core and SearchChunks agree on chunk names).
     */
    @Test
    void everyWordIsLookedForInTheChunkThatHoldsIt(@TempDir Path dir) throws IOException {
        Path content = SyntheticPlan.write(dir, 300);
        SiteBuilder builder = new SiteBuilder(BuildConfig.builder(content, dir.resolve("out"))
                .linkCheck(LinkCheck.WARN).build());
        Map<String, String> files = new SearchIndexWriter(new JavaLunrIndexer())
                .write(SearchParts.of(builder.modelPlan().orElseThrow())).files();
        try (SearchCoreJs synthetic = new SearchCoreJs(files)) {
            assertTrue(Integer.parseInt(synthetic.eval("files.index.wordSplits.length")) > 0,
                    "the synthetic plan's words are split by more than one letter");
            List<String> misses = new ArrayList<>();
            int checked = 0;
            for (String name : List.of(synthetic.eval("Object.keys(files).join(' ')").split(" "))) {
                boolean word = name.startsWith("w-");
                if (!word && !name.startsWith("i-")) {
                    continue;
                }
                Value entries = synthetic.value("files['" + name + "']");
                for (long i = 0; i < entries.getArraySize(); i++) {
                    String term = entries.getArrayElement(i).getArrayElement(0).asString();
                    String kept = synthetic.value(word ? "searcher.wordChunk" : "searcher.idChunk").execute(term)
                            .toString();
                    String asked = synthetic.strings("(function (t) { var q = searcher.analyse(t); "
                            + (word ? "q.words = q.words.filter(function (w) { return w.word === t; }); q.ids = [];"
                                    : "q.words = [];")
                            + " return searcher.chunksFor(q); })", term).toString();
                    if (!kept.equals(name) || !asked.contains(name)) {
                        misses.add(term + " is in " + name + ", said to be in " + kept + ", looked for in " + asked);
                    }
                    checked++;
                }
            }
            assertTrue(checked > 1_000, "checked " + checked);
            assertEquals(List.of(), misses.subList(0, Math.min(10, misses.size())));
        }
    }
}
