/**
 * lunr 2.3.9's word pipeline in Java: its tokenizer, trimmer, stop-word filter and Porter stemmer, each matching what
 * lunr.js does (tested against lunr.js itself, run in GraalJS). {@link org.drplan.search.lunr.LunrWords} gives the
 * words of a text with their stems, for drplan's own index; the browser runs lunr.js's functions on a query, so
 * that both sides agree on every word.
 */
package org.drplan.search.lunr;
