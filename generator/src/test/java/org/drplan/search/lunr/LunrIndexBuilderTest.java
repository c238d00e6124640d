package org.drplan.search.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drplan.search.internal.JsonText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The builder beyond what drplan's documents exercise, against lunr.js run with the same fields and documents:
 * refs that are not positions (JavaScript puts array-index keys first, by value), field order, boosts.
 */
class LunrIndexBuilderTest {

    private static LunrJs lunr;

    @BeforeAll
    static void startLunr() {
        lunr = new LunrJs();
    }

    @AfterAll
    static void stopLunr() {
        lunr.close();
    }

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

    @Test
    void refusesWhatLunrWouldMangle() {
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder().field("a/b", 1));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder().field("_index", 1));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder().field("7", 1));
        assertThrows(IllegalArgumentException.class, () -> new LunrIndexBuilder().field("a", 1).field("a", 2));
        LunrIndexBuilder builder = new LunrIndexBuilder().field("a", 1).add("1", f -> "x");
        assertThrows(IllegalArgumentException.class, () -> builder.add("1", f -> "y"));
        assertThrows(IllegalStateException.class, () -> builder.field("b", 1));
    }

    private static void assertSameAsLunr(Map<String, Double> fields, List<String> refs,
            List<Map<String, String>> docs) {
        LunrIndexBuilder builder = new LunrIndexBuilder();
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
                + " return JSON.stringify(lunr(function () { this.ref('ref');"
                + " fields.forEach(function (f) { this.field(f.name, {boost: f.boost}); }, this);"
                + " docs.forEach(function (d) { this.add(d); }, this); })); })")
                .execute(fieldsJson.append(']').toString(), docsJson.append(']').toString()).asString();
        assertEquals(expected, builder.serializedIndex());
    }
}
