package org.drplan.search;

import java.util.List;
import java.util.function.Supplier;

import org.drplan.search.lunr.TermPostings;

/**
 * A built lunr index: its terms with their postings (what the bundle's search files are written from) and, on
 * request, the index as {@code JSON.stringify} writes it (what proves two indexers equal).
 */
public final class LunrIndex {

    private final List<TermPostings> postings;
    private final Supplier<String> serialized;

    LunrIndex(List<TermPostings> postings, Supplier<String> serialized) {
        this.postings = List.copyOf(postings);
        this.serialized = serialized;
    }

    /** Every term, in JavaScript's sort order, with the documents that have it and their scores. */
    public List<TermPostings> postings() {
        return postings;
    }

    /** {@code JSON.stringify(index)}: what {@code lunr.Index.load} reads. */
    public String serialized() {
        return serialized.get();
    }
}
