package org.drplan.search.lunr;

import java.util.ArrayList;
import java.util.List;

/**
 * lunr's {@code fieldTermFrequencies}, {@code fieldLengths} and {@code createFieldVectors}: for each field of each
 * document (in the order they were added) the BM25 weight of each of its terms, rounded as lunr rounds it.
 */
final class FieldVectors {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final double[] boosts;
    private final long[] lengthSums;
    private final List<FieldTerms> fieldTerms = new ArrayList<>();

    FieldVectors(double[] boosts) {
        this.boosts = boosts.clone();
        this.lengthSums = new long[boosts.length];
    }

    /**
     * @param termFrequencies the field's distinct terms as {@code termIndex << 32 | frequency}, ascending: the order
     *                        lunr's {@code Vector.insert} keeps
     * @param length          how many terms the pipeline gave for the field, repeats included
     */
    void add(int document, int field, long[] termFrequencies, int length) {
        fieldTerms.add(new FieldTerms(document, field, termFrequencies, length));
        lengthSums[field] += length;
    }

    /** The vector of every field ref, in the order they were added. */
    List<Vector> vectors(InvertedIndex index, int documentCount) {
        double[] averageLength = new double[boosts.length];
        for (int f = 0; f < boosts.length; f++) {
            averageLength[f] = (double) lengthSums[f] / documentCount;
        }
        double[] idfOfTerm = new double[index.size()];
        for (int t = 0; t < idfOfTerm.length; t++) {
            idfOfTerm[t] = InvertedIndex.idf(index.termAt(t).documentsWithTerm(), documentCount);
        }
        List<Vector> vectors = new ArrayList<>(fieldTerms.size());
        for (FieldTerms ft : fieldTerms) {
            int[] termIndexes = new int[ft.termFrequencies.length];
            double[] thousandths = new double[termIndexes.length];
            for (int i = 0; i < termIndexes.length; i++) {
                termIndexes[i] = (int) (ft.termFrequencies[i] >>> 32);
                int tf = (int) ft.termFrequencies[i];
                thousandths[i] = thousandths(idfOfTerm[termIndexes[i]], tf, ft.length, averageLength[ft.field],
                        boosts[ft.field]);
            }
            vectors.add(new Vector(ft.document, ft.field, termIndexes, thousandths));
        }
        return vectors;
    }

    /**
     * {@code Math.round(score * 1000)}, with lunr's expression and order of operations so that every intermediate
     * double is the same. The document boost is always 1 here: multiplying by it would change nothing.
     */
    static double thousandths(double idf, int tf, int fieldLength, double averageFieldLength, double fieldBoost) {
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= fieldBoost;
        return jsRound(score * 1000);
    }

    /**
     * JavaScript's {@code Math.round}: the nearest integer, halves up. {@link Math#round} rounds the same way but
     * returns a long, so it serves where a long holds the result; from 2^52 on every double is already integral.
     */
    static double jsRound(double x) {
        return Math.abs(x) < 0x1p52 ? (double) Math.round(x) : x;
    }

    /** One field ref's vector: term indexes ascending, with each one's score in thousandths. */
    record Vector(int document, int field, int[] termIndexes, double[] thousandths) {
    }

    private record FieldTerms(int document, int field, long[] termFrequencies, int length) {
    }
}
