package org.drplan.search.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * lunr's {@code invertedIndex}: for each term its {@code _index} (the order in which the builder first met it) and,
 * per field, the documents that have it there, in the order they were added.
 */
final class InvertedIndex {

    private final int fieldCount;
    private final Map<String, Term> terms = new HashMap<>();
    private final List<Term> byIndex = new ArrayList<>();

    InvertedIndex(int fieldCount) {
        this.fieldCount = fieldCount;
    }

    /** The term's entry, made with the next {@code _index} when the term is new. */
    Term term(String text) {
        Term term = terms.get(text);
        if (term == null) {
            term = new Term(text, byIndex.size(), fieldCount);
            terms.put(text, term);
            byIndex.add(term);
        }
        return term;
    }

    Term termAt(int index) {
        return byIndex.get(index);
    }

    int size() {
        return byIndex.size();
    }

    /** Terms in JavaScript's default sort order: by UTF-16 code units, which is {@link String#compareTo}. */
    List<Term> sortedTerms() {
        List<Term> sorted = new ArrayList<>(byIndex);
        sorted.sort((a, b) -> a.text().compareTo(b.text()));
        return sorted;
    }

    /**
     * {@code lunr.idf}. {@code documentsWithTerm} sums the term's postings over the fields, so a document with the
     * term in two fields counts twice and the ratio can turn negative, hence the {@code abs}. {@link Math#log}, not
     * {@link StrictMath#log}: the reference runs lunr in GraalJS, whose {@code Math.log} is the JVM's
     * {@code Math.log} (on HotSpot x86-64 an intrinsic that differs from fdlibm, and so from V8, in the last bit for
     * about one input in ten).
     */
    static double idf(int documentsWithTerm, int documentCount) {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.log(1 + Math.abs(x));
    }

    /** One term's posting: its index and, per field, the ordinals of the documents with the term there. */
    static final class Term {
        private final String text;
        private final int index;
        private final int[][] documents;
        private final int[] counts;

        private Term(String text, int index, int fieldCount) {
            this.text = text;
            this.index = index;
            this.documents = new int[fieldCount][];
            this.counts = new int[fieldCount];
        }

        String text() {
            return text;
        }

        int index() {
            return index;
        }

        /** Records that the document has this term in the field; documents come in ascending order. */
        void add(int field, int document) {
            int[] list = documents[field];
            int n = counts[field];
            if (n > 0 && list[n - 1] == document) {
                return;
            }
            if (list == null) {
                list = documents[field] = new int[2];
            } else if (n == list.length) {
                list = documents[field] = Arrays.copyOf(list, n * 2);
            }
            list[n] = document;
            counts[field] = n + 1;
        }

        /** Ordinals of the documents with this term in the field, ascending. */
        int[] documents(int field) {
            return counts[field] == 0 ? new int[0] : Arrays.copyOf(documents[field], counts[field]);
        }

        /** As {@code lunr.idf} counts them: the term's documents summed over the fields. */
        int documentsWithTerm() {
            int sum = 0;
            for (int count : counts) {
                sum += count;
            }
            return sum;
        }
    }
}
