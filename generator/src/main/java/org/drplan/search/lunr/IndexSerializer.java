package org.drplan.search.lunr;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.drplan.search.lunr.FieldVectors.Vector;
import org.drplan.search.lunr.InvertedIndex.Term;

/**
 * {@code JSON.stringify(index)} through lunr's {@code Index.toJSON}: version, fields, field vectors as
 * {@code ["field/ref", [termIndex, score, ...]]} in the order the builder made them, the inverted index as
 * {@code [term, posting]} sorted by term, and the search pipeline, which is empty: drplan's builders run no
 * stemmer ({@link Analysis}).
 *
 * <p>A posting is a JavaScript object, {@code {"_index": n, "<field>": {"<ref>": {}, ...}, ...}}, and
 * {@code JSON.stringify} writes an object's keys in property order: keys that are array indices ("0", "17")
 * first, ascending by value, then the others as they were added. So refs are written in that order here (never
 * sorted as text, which would put "10" before "2").
 */
final class IndexSerializer {

    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private final List<String> fields;
    private final List<String> refs;
    /** The documents' ordinals in property order, or null when that is the order they were added in. */
    private final int[] propertyOrder;

    IndexSerializer(List<String> fields, List<String> refs) {
        this.fields = fields;
        this.refs = refs;
        this.propertyOrder = propertyOrder(refs);
    }

    String serialize(String version, List<Vector> vectors, List<Term> sortedTerms) {
        int capacity = 128 + vectors.stream().mapToInt(v -> 24 + 12 * v.termIndexes().length).sum()
                + 64 * sortedTerms.size() * fields.size();
        JsonWriter json = new JsonWriter(capacity);
        json.raw("{\"version\":").string(version).raw(",\"fields\":[");
        for (int f = 0; f < fields.size(); f++) {
            (f > 0 ? json.raw(',') : json).string(fields.get(f));
        }
        json.raw("],\"fieldVectors\":[");
        for (int v = 0; v < vectors.size(); v++) {
            writeVector(v > 0 ? json.raw(',') : json, vectors.get(v));
        }
        json.raw("],\"invertedIndex\":[");
        for (int t = 0; t < sortedTerms.size(); t++) {
            writePosting(t > 0 ? json.raw(',') : json, sortedTerms.get(t));
        }
        return json.raw("],\"pipeline\":[]}").toString();
    }

    private void writeVector(JsonWriter json, Vector vector) {
        json.raw('[').string(fields.get(vector.field()) + "/" + refs.get(vector.document())).raw(",[");
        for (int i = 0; i < vector.termIndexes().length; i++) {
            (i > 0 ? json.raw(',') : json).integer(vector.termIndexes()[i]).raw(',')
                    .thousandths(vector.thousandths()[i]);
        }
        json.raw("]]");
    }

    private void writePosting(JsonWriter json, Term term) {
        json.raw('[').string(term.text()).raw(",{\"_index\":").integer(term.index());
        for (int f = 0; f < fields.size(); f++) {
            json.raw(',').string(fields.get(f)).raw(":{");
            int[] documents = inPropertyOrder(term.documents(f));
            for (int d = 0; d < documents.length; d++) {
                (d > 0 ? json.raw(',') : json).string(refs.get(documents[d])).raw(":{}");
            }
            json.raw('}');
        }
        json.raw("}]");
    }

    private int[] inPropertyOrder(int[] documents) {
        if (propertyOrder == null) {
            return documents;
        }
        return Arrays.stream(documents).boxed().sorted(Comparator.comparingInt(d -> propertyOrder[d]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Each document's rank in property order; null when every rank is the document's own ordinal. */
    private static int[] propertyOrder(List<String> refs) {
        Integer[] ordinals = IntStream.range(0, refs.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(ordinals, Comparator.<Integer>comparingLong(d -> arrayIndex(refs.get(d)))
                .thenComparingInt(d -> d));
        int[] rank = new int[refs.size()];
        boolean asAdded = true;
        for (int r = 0; r < ordinals.length; r++) {
            rank[ordinals[r]] = r;
            asAdded &= ordinals[r] == r;
        }
        return asAdded ? null : rank;
    }

    /** The key's value when it is an array index (a canonical integer up to 2^32 - 2); else after them all. */
    static long arrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || n > 1 && key.charAt(0) == '0') {
            return Long.MAX_VALUE;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MAX_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_ARRAY_INDEX ? value : Long.MAX_VALUE;
    }
}
