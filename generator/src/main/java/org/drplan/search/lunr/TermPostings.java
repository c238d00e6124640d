package org.drplan.search.lunr;

/**
 * One term of an index and the documents that have it, read off lunr's field vectors: for each document (ordinal,
 * ascending) the sum over its fields, in declared order, of the term's element in the field vector (BM25 times the
 * field's boost, rounded to thousandths as lunr stores it).
 */
public record TermPostings(String term, int[] documents, double[] scores) {
}
