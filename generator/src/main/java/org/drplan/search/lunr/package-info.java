/**
 * A Java port of lunr 2.3.9's index builder and serializer ({@link org.drplan.search.lunr.LunrIndexBuilder}): the
 * tokenizer, the default pipeline (trimmer, stop-word filter, Porter stemmer), BM25 field vectors and
 * {@code JSON.stringify} of the index, each matching what lunr.js does in GraalJS down to the byte. Only the builder
 * is public; the steps are small package-private classes named after lunr's.
 */
package org.drplan.search.lunr;
