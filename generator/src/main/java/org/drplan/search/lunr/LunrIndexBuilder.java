package org.drplan.search.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.drplan.search.lunr.InvertedIndex.Term;

/**
 * lunr 2.3.9's {@code lunr.Builder}, set up for one {@link Analysis}, and {@code JSON.stringify} of the index it
 * builds: the same text, byte for byte, as lunr.js gives for the same fields and documents. For one build on one
 * thread; declare the fields, add the documents, then take {@link #serializedIndex(String)} or {@link #postings()}.
 *
 * <p>Where this port is narrower than lunr: no metadata whitelist, no document boosts, no other pipelines, and it
 * refuses what lunr would take but mangle (a ref added twice, a field named like an array index or
 * {@code _index}, which would reorder or overwrite keys of the posting objects).
 */
public final class LunrIndexBuilder {

    /**
     * The lunr version this port was written against and tested with. The serialized index names the version the
     * build ships (from the pom), given to {@link #serializedIndex(String)}; a test fails when the two part.
     */
    public static final String PORTED_VERSION = "2.3.9";

    private final List<String> fields = new ArrayList<>();
    private final List<Double> boosts = new ArrayList<>();
    private final List<String> refs = new ArrayList<>();
    private final Set<String> refSet = new HashSet<>();
    private final Pipeline pipeline;
    private InvertedIndex index;
    private FieldVectors vectors;
    private int[] frequencyOfTerm = new int[256];

    public LunrIndexBuilder(Analysis analysis) {
        pipeline = new Pipeline(analysis);
    }

    /**
     * {@code this.field(name, {boost: boost})}. As in lunr, a boost of 0 (or NaN) counts as 1.
     *
     * @throws IllegalArgumentException for a name with '/', named like an array index or {@code _index}, or twice
     * @throws IllegalStateException    once documents have been added
     */
    public LunrIndexBuilder field(String name, double boost) {
        if (index != null) {
            throw new IllegalStateException("fields must be declared before the first document");
        }
        if (name.contains("/")) {
            throw new IllegalArgumentException("Field '" + name + "' contains illegal character '/'");
        }
        if (name.equals("_index") || IndexSerializer.arrayIndex(name) != Long.MAX_VALUE || fields.contains(name)) {
            throw new IllegalArgumentException("field name not supported by this port of lunr: '" + name + "'");
        }
        fields.add(name);
        boosts.add(boost == 0 || Double.isNaN(boost) ? 1 : boost);
        return this;
    }

    /**
     * {@code this.add(doc)} for a document whose field texts {@code fieldText} gives by field name (null: no text).
     *
     * @throws IllegalArgumentException when the ref was added before
     */
    public LunrIndexBuilder add(String ref, Function<String, String> fieldText) {
        if (!refSet.add(ref)) {
            throw new IllegalArgumentException("ref added twice: '" + ref + "'");
        }
        startDocuments();
        int document = refs.size();
        refs.add(ref);
        for (int field = 0; field < fields.size(); field++) {
            List<String> terms = pipeline.terms(fieldText.apply(fields.get(field)));
            vectors.add(document, field, termFrequencies(terms, field, document), terms.size());
        }
        return this;
    }

    /** The index as {@code JSON.stringify(builder.build())} of lunr {@code version} writes it. */
    public String serializedIndex(String version) {
        startDocuments();
        return new IndexSerializer(fields, refs).serialize(version, vectors.vectors(index, refs.size()),
                index.sortedTerms());
    }

    /**
     * Every term with its documents and scores, in the order JavaScript sorts the terms: what the bundle's search
     * files are written from. The same numbers as lunr.js's field vectors, summed in the same order.
     */
    public List<TermPostings> postings() {
        startDocuments();
        Growing[] byTerm = new Growing[index.size()];
        for (FieldVectors.Vector vector : vectors.vectors(index, refs.size())) {
            for (int i = 0; i < vector.termIndexes().length; i++) {
                int t = vector.termIndexes()[i];
                (byTerm[t] == null ? byTerm[t] = new Growing() : byTerm[t])
                        .add(vector.document(), vector.thousandths()[i] / 1000);
            }
        }
        List<TermPostings> result = new ArrayList<>(byTerm.length);
        for (InvertedIndex.Term term : index.sortedTerms()) {
            Growing postings = byTerm[term.index()];
            if (postings != null) {
                result.add(new TermPostings(term.text(), Arrays.copyOf(postings.documents, postings.size),
                        Arrays.copyOf(postings.scores, postings.size)));
            }
        }
        return result;
    }

    /** A term's postings while they are read off the vectors: a document's fields come one after another. */
    private static final class Growing {
        int[] documents = new int[4];
        double[] scores = new double[4];
        int size;

        void add(int document, double score) {
            if (size > 0 && documents[size - 1] == document) {
                scores[size - 1] += score;
                return;
            }
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            documents[size] = document;
            scores[size++] = score;
        }
    }

    /** Fixes the fields at the first document: one declared later would be missing from the documents before it. */
    private void startDocuments() {
        if (index == null) {
            index = new InvertedIndex(fields.size());
            vectors = new FieldVectors(boosts.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** Posts the field's terms to the inverted index; returns its distinct terms as {@link FieldVectors} wants. */
    private long[] termFrequencies(List<String> terms, int field, int document) {
        int[] distinct = new int[terms.size()];
        int distinctCount = 0;
        for (String text : terms) {
            Term term = index.term(text);
            term.add(field, document);
            int i = term.index();
            if (i >= frequencyOfTerm.length) {
                frequencyOfTerm = Arrays.copyOf(frequencyOfTerm, Math.max(i + 1, frequencyOfTerm.length * 2));
            }
            if (frequencyOfTerm[i]++ == 0) {
                distinct[distinctCount++] = i;
            }
        }
        long[] frequencies = new long[distinctCount];
        for (int k = 0; k < distinctCount; k++) {
            frequencies[k] = (long) distinct[k] << 32 | frequencyOfTerm[distinct[k]];
            frequencyOfTerm[distinct[k]] = 0;
        }
        Arrays.sort(frequencies);
        return frequencies;
    }
}
