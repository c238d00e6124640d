package org.drplan.search.lunr;

/**
 * How a field's text becomes terms, as a {@code lunr.Builder} is set up for drplan's two indexes. Neither runs the
 * stemmer at build time: the browser needs the words as written, to rank an exact word above another of the same
 * stem, and takes the stem of each word from the index (see {@code SearchIndexWriter}).
 */
public enum Analysis {
    /** {@code lunr.tokenizer}, then a pipeline of {@code lunr.trimmer} and {@code lunr.stopWordFilter}. */
    WORDS,
    /**
     * Terms already cut by drplan (identifiers such as {@code apigw-dc2-11}), separated by single spaces: the
     * builder's {@code tokenizer} splits at spaces only, and the pipeline is empty.
     */
    SPACE_SEPARATED
}
