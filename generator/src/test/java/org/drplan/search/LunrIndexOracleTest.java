package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.drplan.bench.SyntheticPlan;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.search.lunr.Analysis;
import org.drplan.search.lunr.TermPostings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The oracle: {@link JavaLunrIndexer} builds the same lunr indexes as lunr.js itself ({@link LunrJsIndexer}) —
 * the serialized index byte for byte, and the postings the search files are written from — for the sample plan,
 * the shared corpora of real runbooks, a synthetic plan of 300 sections and documents made to trip a port up,
 * both for the words and for the identifiers. Each test prints what it covered.
 */
class LunrIndexOracleTest {

    private static final SearchIndexer REFERENCE = new LunrJsIndexer();
    private static final SearchIndexer PORT = new JavaLunrIndexer();
    private static final Path CORPORA = Path.of("../../shared/corpora");

    @Test
    void samplePlan() {
        assertSameIndexes("sample plan", parts(Path.of("../content"), UnaryOperator.identity()));
    }

    /** Real public runbooks written for other tools: their links dangle, so they build with linkCheck=warn. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aws-incident-response-playbooks", "pagerduty-incident-response-docs"})
    void sharedCorpus(String name) {
        Path corpus = CORPORA.resolve(name);
        if (!Files.isDirectory(corpus)) {
            abort("no corpus at " + corpus.toAbsolutePath().normalize() + ": the shared corpora are not on this "
                    + "machine");
        }
        assertSameIndexes(name, parts(corpus, b -> b.linkCheck(LinkCheck.WARN)));
    }

    /** lunr.js in interpreted GraalJS needs about 30 s for 1,000 sections, too long to run on every build. */
    @Test
    void syntheticPlanOf300Sections(@TempDir Path dir) throws IOException {
        assertSameIndexes("synthetic plan of 300 sections",
                parts(SyntheticPlan.write(dir, 300), b -> b.linkCheck(LinkCheck.WARN)));
    }

    @Test
    void nastyDocuments() {
        assertSameIndex("hand-made documents, words", Analysis.WORDS, NastyDocuments.all());
        assertSameIndex("hand-made documents, split at spaces", Analysis.SPACE_SEPARATED, NastyDocuments.all());
    }

    @Test
    void noDocuments() {
        assertSameIndex("no documents", Analysis.WORDS, List.of());
        assertSameIndex("no documents", Analysis.SPACE_SEPARATED, List.of());
    }

    /** A term in every field of every document: lunr counts it once per field, so its idf takes Math.abs. */
    @Test
    void aTermInMoreFieldsThanThereAreDocuments() {
        List<Map<String, String>> documents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = "replica " + "failover ".repeat(i);
            Map<String, String> document = new java.util.HashMap<>();
            SearchFields.ALL.forEach(f -> document.put(f.name(), text));
            documents.add(document);
        }
        assertSameIndex("a term in every field", Analysis.WORDS, documents);
    }

    private static List<SearchPart> parts(Path content, UnaryOperator<BuildConfig.Builder> adjust) {
        Path out = Path.of("target/lunr-oracle").resolve(content.getFileName()).toAbsolutePath();
        SiteBuilder builder = new SiteBuilder(adjust.apply(BuildConfig.builder(content, out)).build());
        return SearchParts.of(builder.modelPlan().orElseThrow(() -> new AssertionError("no plan: "
                + builder.problems())));
    }

    private static void assertSameIndexes(String what, List<SearchPart> parts) {
        assertSameIndex(what + ", words", Analysis.WORDS, parts.stream().map(SearchPart::fields).toList());
        assertSameIndex(what + ", identifiers", Analysis.SPACE_SEPARATED, SearchTerms.identifierDocuments(parts));
    }

    /** Equal texts (else the first difference, where it is and a stretch of both around it), equal postings. */
    static void assertSameIndex(String what, Analysis analysis, List<Map<String, String>> documents) {
        long start = System.nanoTime();
        LunrIndex reference = REFERENCE.index(analysis, documents);
        long referenceDone = System.nanoTime();
        LunrIndex port = PORT.index(analysis, documents);
        long portDone = System.nanoTime();
        String expected = reference.serialized();
        String actual = port.serialized();
        System.out.printf("%s: %d documents, %d terms, %,d characters; lunr.js %d ms, Java port %d ms%n", what,
                documents.size(), reference.postings().size(), expected.length(),
                (referenceDone - start) / 1_000_000, (portDone - referenceDone) / 1_000_000);
        if (!expected.equals(actual)) {
            int at = 0;
            while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
                at++;
            }
            assertEquals(around(expected, at), around(actual, at), what + ": the indexes differ from character "
                    + at + " (lengths " + expected.length() + " and " + actual.length() + "), in "
                    + enclosingEntry(expected, at));
        }
        assertTrue(expected.startsWith("{\"version\":\"2.3.9\""), what);
        assertEquals(reference.postings().size(), port.postings().size(), what + ": terms");
        for (int t = 0; t < port.postings().size(); t++) {
            TermPostings want = reference.postings().get(t);
            TermPostings got = port.postings().get(t);
            assertEquals(want.term(), got.term(), what + ": term " + t);
            assertArrayEquals(want.documents(), got.documents(), what + ": documents of " + want.term());
            assertArrayEquals(want.scores(), got.scores(), what + ": scores of " + want.term());
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 200));
    }

    /** The field vector or inverted-index entry the character is in, named by its first element. */
    private static String enclosingEntry(String index, int at) {
        int entry = index.lastIndexOf("[\"", at);
        return entry < 0 ? "the header" : index.substring(entry, Math.min(index.length(), entry + 60)) + "...";
    }
}
