package org.drplan.search.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.drplan.json.JsonText;
import org.junit.jupiter.api.Test;

/**
 * The builder beyond what drplan's documents exercise, against lunr.js's builder set up the same way (trimmer and
 * stop-word filter): refs that are not positions (JavaScript puts array-index keys first, by value), field order,
 * boosts.
 */
class LunrIndexBuilderTest {

    private static final LunrJs lunr = LunrJs.shared();

    @Test
    void refsArePostedInJavaScriptPropertyOrder() {
        List<String> refs = List.of("10", "2", "b", "a", "4294967295", "4294967294", "01", "0", "-1", "1.5", "");
        Map<String, Double> fields = new LinkedHashMap<>();
        fields.put("text", 1.0);
        List<Map<String, String>> docs = new ArrayList<>();
        for (String ref : refs) {
            docs.add(Map.of("text", "shared word " + (ref.isEmpty() ? "empty" : ref)));
        }
        assertSameAsLunr(fields, refs, docs);
    }

    @Test
    void fieldsInDeclaredOrderWithTheirBoosts() {
        Map<String, Double> fields = new LinkedHashMap<>();
        fields.put("zeta", 0.0);
        fields.put("alpha", 2.5);
        fields.put("minus", -1.0);
        fields.put("empty", 3.0);
        List<Map<String, String>> docs = List.of(
                Map.of("zeta", "replica failover replica", "alpha", "failover", "minus", "replica", "empty", ""),
                Map.of("zeta", "primary", "alpha", "replica replica replica", "minus", "primary ...", "empty", ""),
                Map.of("zeta", "", "alpha", "", "minus", "", "empty", ""));
        assertSameAsLunr(fields, List.of("0", "1", "2"), docs);
    }

    /**
     * lunr.idf itself on postings with real keys for small counts, and its formula over a wide range, where
     * {@code Math.log} and {@code StrictMath.log} part ways for about one input in ten.
     */
    @Test
    void idfIsLunrsIdfInGraalJs() {
        List<String> small = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            for (int d = 1; d <= 3 * n; d++) {
                small.add(n + " " + d);
            }
        }
        List<String> expected = lunr.map("function (nd) { var n = +nd.split(' ')[0], d = +nd.split(' ')[1];"
                + " var posting = {_index: 0, a: {}, b: {}, c: {}};"
                + " for (var i = 0; i < d; i++) { posting['abc'[i % 3]][String(i)] = {}; }"
                + " return String(lunr.idf(posting, n)); }", small);
        for (int i = 0; i < small.size(); i++) {
            String[] nd = small.get(i).split(" ");
            assertEquals(expected.get(i), JsNumber.toString(InvertedIndex.idf(Integer.parseInt(nd[1]),
                    Integer.parseInt(nd[0]))), "idf for documents and documents with the term: " + small.get(i));
        }
        Random random = new Random(9);
        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int n = 1 + random.nextInt(20_000);
            wide.add(n + " " + (1 + random.nextInt(6 * n)));
        }
        List<String> formula = lunr.map("function (nd) { var n = +nd.split(' ')[0], d = +nd.split(' ')[1];"
                + " return String(Math.log(1 + Math.abs((n - d + 0.5) / (d + 0.5)))); }", wide);
        int strictDiffers = 0;
        for (int i = 0; i < wide.size(); i++) {
            String[] nd = wide.get(i).split(" ");
            int n = Integer.parseInt(nd[0]);
            int d = Integer.parseInt(nd[1]);
            assertEquals(formula.get(i), JsNumber.toString(InvertedIndex.idf(d, n)), "idf for " + wide.get(i));
            strictDiffers += StrictMath.log(1 + Math.abs((n - d + 0.5) / (d + 0.5))) != InvertedIndex.idf(d, n) ? 1 : 0;
        }
        System.out.printf("idf: StrictMath.log would have differed from GraalJS for %d of %d inputs%n",
                strictDiffers, wide.size());
    }

    @Test
    void anIndexTakenBeforeMoreDocumentsLeavesNothingStale() {
        LunrIndexBuilder builder = new LunrIndexBuilder(Analysis.WORDS).field("text", 1).add("0", f -> "replica failover");
        String first = builder.serializedIndex("2.3.9");
        assertEquals(first, builder.serializedIndex("2.3.9"));
        builder.add("1", f -> "replica primary");
        assertEquals(new LunrIndexBuilder(Analysis.WORDS).field("text", 1).add("0", f -> "replica failover")
                .add("1", f -> "replica primary").serializedIndex("2.3.9"), builder.serializedIndex("2.3.9"));
    }

    @Test
    void refusesWhatLunrWouldMangle() {
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder(Analysis.WORDS).field("a/b", 1));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder(Analysis.WORDS).field("_index", 1));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder(Analysis.WORDS).field("7", 1));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder(Analysis.WORDS).field("a", 1).field("a", 2));
        LunrIndexBuilder builder = new LunrIndexBuilder(Analysis.WORDS).field("a", 1).add("1", f -> "x");
        assertThrows(IllegalArgumentException.class, () -> builder.add("1", f -> "y"));
        assertThrows(IllegalStateException.class, () -> builder.field("b", 1));
    }

    private static void assertSameAsLunr(Map<String, Double> fields, List<String> refs,
            List<Map<String, String>> docs) {
        LunrIndexBuilder builder = new LunrIndexBuilder(Analysis.WORDS);
        fields.forEach(builder::field);
        StringBuilder fieldsJson = new StringBuilder("[");
        fields.forEach((name, boost) -> fieldsJson.append(fieldsJson.length() > 1 ? "," : "")
                .append("{\"name\":").append(JsonText.quote(name)).append(",\"boost\":").append(boost).append('}'));
        StringBuilder docsJson = new StringBuilder("[");
        for (int i = 0; i < refs.size(); i++) {
            Map<String, String> doc = docs.get(i);
            builder.add(refs.get(i), doc::get);
            docsJson.append(i > 0 ? "," : "").append("{\"ref\":").append(JsonText.quote(refs.get(i)));
            doc.forEach((name, text) -> docsJson.append(',').append(JsonText.quote(name)).append(':')
                    .append(JsonText.quote(text)));
            docsJson.append('}');
        }
        String expected = lunr.eval("(function (fields, docs) { fields = JSON.parse(fields); docs = JSON.parse(docs);"
                + " var b = new lunr.Builder(); b.pipeline.add(lunr.trimmer, lunr.stopWordFilter); b.ref('ref');"
                + " fields.forEach(function (f) { b.field(f.name, {boost: f.boost}); });"
                + " docs.forEach(function (d) { b.add(d); }); return JSON.stringify(b.build()); })")
                .execute(fieldsJson.append(']').toString(), docsJson.append(']').toString()).asString();
        assertEquals(expected, builder.serializedIndex("2.3.9"));
    }
}
