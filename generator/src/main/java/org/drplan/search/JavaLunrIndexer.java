package org.drplan.search;

import java.util.List;
import java.util.Map;

import org.drplan.search.lunr.Analysis;
import org.drplan.search.lunr.LunrIndexBuilder;

/**
 * lunr's index built in Java ({@link LunrIndexBuilder}): the same index as {@link LunrJsIndexer}, byte for byte,
 * without a JavaScript engine. Stateless: each call builds on its own, so threads may share one.
 */
public final class JavaLunrIndexer implements SearchIndexer {

    @Override
    public LunrIndex index(Analysis analysis, List<Map<String, String>> documents) {
        LunrIndexBuilder builder = new LunrIndexBuilder(analysis);
        for (SearchFields.Field field : SearchFields.ALL) {
            builder.field(field.name(), field.boost());
        }
        for (int i = 0; i < documents.size(); i++) {
            builder.add(String.valueOf(i), documents.get(i)::get);
        }
        String version = LunrLibrary.version();
        return new LunrIndex(builder.postings(), () -> builder.serializedIndex(version));
    }
}
