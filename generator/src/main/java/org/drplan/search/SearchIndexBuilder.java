package org.drplan.search;

import java.util.List;

import org.drplan.search.internal.JsonText;

/**
 * Stage 7: the bundle's search data, {@code assets/search-index.js}: the serialized lunr index made by a
 * {@link SearchIndexer}, and what a result shows (title, section, part, URL, excerpt text), assigned to
 * {@code window.drplanSearchData} so that a {@code <script>} tag loads it from file:// (no fetch there).
 */
public final class SearchIndexBuilder {

    /** Characters of text kept per document for excerpts: enough for the first hits, small for large plans. */
    private static final int MAX_EXCERPT_SOURCE = 800;

    private final SearchIndexer indexer;

    public SearchIndexBuilder(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    /** @throws SearchIndexException when the index cannot be built */
    public SearchIndex build(List<SearchDocument> documents) {
        return new SearchIndex("window.drplanSearchData = {\"index\": " + indexer.serializedIndex(documents)
                + ",\n\"docs\": " + resultData(documents) + "};\n", documents.size());
    }

    private static String resultData(List<SearchDocument> documents) {
        StringBuilder json = new StringBuilder("[");
        for (SearchDocument d : documents) {
            if (json.length() > 1) {
                json.append(",\n");
            }
            json.append("{\"t\":").append(JsonText.quote(d.title()))
                    .append(",\"s\":").append(JsonText.quote(d.section()))
                    .append(",\"p\":").append(JsonText.quote(d.part()))
                    .append(",\"u\":").append(JsonText.quote(d.url()))
                    .append(",\"x\":").append(JsonText.quote(excerptSource(d))).append('}');
        }
        return json.append(']').toString();
    }

    private static String excerptSource(SearchDocument d) {
        String text = d.excerpt().isBlank() ? d.body() : d.excerpt();
        return text.length() > MAX_EXCERPT_SOURCE ? text.substring(0, MAX_EXCERPT_SOURCE) : text;
    }
}
