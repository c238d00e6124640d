package org.drplan.search;

import java.util.List;

/**
 * Builds a serialized lunr 2.3.9 index (the JSON that {@code lunr.Index.load} reads in the browser) from the plan's
 * search documents. The ref of each document is its position in the list, as a string.
 */
public interface SearchIndexer {

    /** The fields each document is indexed under, with their boosts: a word in a title matters more. */
    List<Field> FIELDS = List.of(new Field("title", 10), new Field("headings", 4), new Field("tags", 5),
            new Field("roles", 3), new Field("steps", 2), new Field("body", 1));

    /** An indexed field and its lunr boost. */
    record Field(String name, int boost) {
    }

    /** @throws SearchIndexException when the index cannot be built */
    String serializedIndex(List<SearchDocument> documents);
}
