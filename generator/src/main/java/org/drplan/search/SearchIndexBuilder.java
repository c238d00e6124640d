package org.drplan.search;

import java.util.List;

import org.drplan.search.internal.JsonText;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Stage 6: builds the lunr index inside the JVM with GraalJS, one context per build on a shared
 * {@link SearchEngine}. All documents go in as one JSON string; the script has no access to the host.
 */
public final class SearchIndexBuilder {

    /** Characters of text kept per document for excerpts: enough for the first hits, small for large plans. */
    private static final int MAX_EXCERPT_SOURCE = 800;

    private final SearchEngine engine;

    public SearchIndexBuilder(SearchEngine engine) {
        this.engine = engine;
    }

    /** @throws SearchIndexException when lunr or the engine fails */
    public SearchIndex build(List<SearchDocument> documents) {
        String serialized;
        try (Context context = Context.newBuilder("js").engine(engine.engine()).allowAllAccess(false).build()) {
            context.eval(engine.lunr());
            context.eval(engine.builder());
            Value build = context.getBindings("js").getMember("drplanBuildIndex");
            serialized = build.execute(indexInput(documents)).asString();
        } catch (PolyglotException e) {
            throw new SearchIndexException("building the search index with lunr failed: " + e.getMessage(), e);
        }
        return new SearchIndex("window.drplanSearchData = {\"index\": " + serialized + ",\n\"docs\": "
                + resultData(documents) + "};\n", documents.size());
    }

    private static String indexInput(List<SearchDocument> documents) {
        StringBuilder json = new StringBuilder("[");
        for (SearchDocument d : documents) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"title\":").append(JsonText.quote(d.title()))
                    .append(",\"headings\":").append(JsonText.quote(d.headings()))
                    .append(",\"tags\":").append(JsonText.quote(d.tags()))
                    .append(",\"roles\":").append(JsonText.quote(d.roles()))
                    .append(",\"steps\":").append(JsonText.quote(d.steps()))
                    .append(",\"body\":").append(JsonText.quote(d.body())).append('}');
        }
        return json.append(']').toString();
    }

    /** What the browser shows for a hit: title, section, part, url, and the text excerpts are cut from. */
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
