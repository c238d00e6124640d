package org.drplan.search;

import java.util.List;
import java.util.Map;

import org.drplan.config.SearchIndexerChoice;
import org.drplan.search.lunr.Analysis;

/**
 * Builds a lunr 2.3.9 index: {@code lunr.Builder} with the fields of {@link SearchFields} and their boosts, one
 * document per map (its ref is its position in the list, as a string), analysed as {@link Analysis} says. Two
 * implementations give the same index, byte for byte: {@link JavaLunrIndexer} (the default) and lunr.js itself in
 * GraalJS ({@link LunrJsIndexer}, the reference).
 */
public interface SearchIndexer {

    /** The indexer a build asks for (lunr.js's engine is made only when it is the one). */
    static SearchIndexer of(SearchIndexerChoice choice) {
        return switch (choice) {
            case JAVA -> new JavaLunrIndexer();
            case LUNR_JS -> new LunrJsIndexer();
        };
    }

    /**
     * @param documents each document's text per field name; a missing field has no text
     * @throws SearchIndexException when the index cannot be built
     */
    LunrIndex index(Analysis analysis, List<Map<String, String>> documents);
}
