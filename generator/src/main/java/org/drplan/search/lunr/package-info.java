/**
 * A Java port of lunr 2.3.9's index builder and serializer ({@link org.drplan.search.lunr.LunrIndexBuilder}): the
 * tokenizer, trimmer, stop-word filter, Porter stemmer, BM25 field vectors and {@code JSON.stringify} of the index,
 * each matching what lunr.js does in GraalJS down to the byte (lunr.js itself stays the reference indexer,
 * {@code org.drplan.search.LunrJsIndexer}). Only the builder, its {@link org.drplan.search.lunr.Analysis} and the
 * stemmer's entry point are public; the steps are small package-private classes named after lunr's.
 */
package org.drplan.search.lunr;
