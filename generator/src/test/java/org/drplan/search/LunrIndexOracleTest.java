package org.drplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.drplan.bench.SyntheticPlan;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The oracle: {@link JavaLunrIndexer} writes the same index, byte for byte, as lunr.js itself
 * ({@link LunrJsIndexer}) for the sample plan, the shared corpora of real runbooks, a synthetic plan of 1,000
 * sections and documents made to trip a port up. Each test prints what it covered.
 */
class LunrIndexOracleTest {

    private static final SearchIndexer REFERENCE = new LunrJsIndexer();
    private static final SearchIndexer PORT = new JavaLunrIndexer();
    private static final Path CORPORA = Path.of("../../shared/corpora");

    @Test
    void samplePlan() {
        assertSameIndex("sample plan", documents(Path.of("../content"), UnaryOperator.identity()));
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
        assertSameIndex(name, documents(corpus, b -> b.linkCheck(LinkCheck.WARN)));
    }

    /**
     * The one large run, 300 sections (1,200 documents, every term of the synthetic vocabulary many times over):
     * lunr.js in interpreted GraalJS needs about 30 s for 1,000 sections, too long to run on every build.
     */
    @Test
    void syntheticPlanOf300Sections(@TempDir Path dir) throws IOException {
        assertSameIndex("synthetic plan of 300 sections",
                documents(SyntheticPlan.write(dir, 300), b -> b.linkCheck(LinkCheck.WARN)));
    }

    @Test
    void nastyDocuments() {
        assertSameIndex("hand-made documents", NastyDocuments.all());
    }

    @Test
    void noDocuments() {
        assertSameIndex("no documents", List.of());
    }

    /** A term in every field of every document: lunr counts it once per field, so its idf takes Math.abs. */
    @Test
    void aTermInMoreFieldsThanThereAreDocuments() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = "replica " + "failover ".repeat(i);
            documents.add(new SearchDocument("d" + i + ".html", text, text, "p", text, text, text, text, text, ""));
        }
        assertSameIndex("a term in every field", documents);
    }

    private static List<SearchDocument> documents(Path content, UnaryOperator<BuildConfig.Builder> adjust) {
        Path out = Path.of("target/lunr-oracle").resolve(content.getFileName()).toAbsolutePath();
        SiteBuilder builder = new SiteBuilder(adjust.apply(BuildConfig.builder(content, out)).build());
        Plan plan = builder.modelPlan().orElseThrow(() -> new AssertionError("no plan: " + builder.problems()));
        return SearchDocuments.of(plan);
    }

    /** Equal strings; else the first difference, with where in the index it is and a stretch of both around it. */
    static void assertSameIndex(String what, List<SearchDocument> documents) {
        long start = System.nanoTime();
        String expected = REFERENCE.serializedIndex(documents);
        long reference = System.nanoTime();
        String actual = PORT.serializedIndex(documents);
        long port = System.nanoTime();
        System.out.printf("%s: %d documents, %d terms, %d field vectors, %,d characters; lunr.js %d ms, "
                        + "Java port %d ms%n", what, documents.size(), count(expected, "\"_index\":"),
                documents.size() * SearchIndexer.FIELDS.size(), expected.length(),
                (reference - start) / 1_000_000, (port - reference) / 1_000_000);
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
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 200));
    }

    /** The field vector or inverted-index entry the character is in, named by its first element. */
    private static String enclosingEntry(String index, int at) {
        int entry = index.lastIndexOf("[\"", at);
        return entry < 0 ? "the header" : index.substring(entry, Math.min(index.length(), entry + 60)) + "...";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
