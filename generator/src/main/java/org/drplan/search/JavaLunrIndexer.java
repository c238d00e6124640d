package org.drplan.search;

import java.util.List;

import org.drplan.search.lunr.LunrIndexBuilder;

/**
 * lunr's index built in Java ({@link LunrIndexBuilder}): the same serialized index as {@link LunrJsIndexer}, byte
 * for byte, without a JavaScript engine. Stateless: each call builds on its own, so threads may share one.
 */
public final class JavaLunrIndexer implements SearchIndexer {

    @Override
    public String serializedIndex(List<SearchDocument> documents) {
        LunrIndexBuilder builder = new LunrIndexBuilder();
        for (Field field : FIELDS) {
            builder.field(field.name(), field.boost());
        }
        for (int i = 0; i < documents.size(); i++) {
            builder.add(String.valueOf(i), documents.get(i)::field);
        }
        return builder.serializedIndex();
    }
}
