package org.drplan.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.drplan.search.internal.JsonText;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The reference indexer: lunr.js itself, run in the JVM by GraalJS. Starting the engine and loading lunr costs about
 * two seconds, so one engine is made on first use and shared by every build of the JVM (the Maven goal's executions,
 * a test suite's sites); each build makes one cheap context on it. All documents go in as one JSON string; the
 * script has no access to the host.
 */
public final class LunrJsIndexer implements SearchIndexer {

    private static final String BUILDER_RESOURCE = "org/drplan/search/build-index.js";

    /** Made on first use, lives as long as the JVM: nothing in it changes between builds. */
    private static final class Shared {
        static final Engine ENGINE = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        static final Source LUNR = source(new String(LunrLibrary.script(), StandardCharsets.UTF_8), "lunr.js");
        static final Source BUILDER = source(read(BUILDER_RESOURCE), "build-index.js");
    }

    @Override
    public String serializedIndex(List<SearchDocument> documents) {
        try (Context context = Context.newBuilder("js").engine(Shared.ENGINE).allowAllAccess(false).build()) {
            context.eval(Shared.LUNR);
            context.eval(Shared.BUILDER);
            Value build = context.getBindings("js").getMember("drplanBuildIndex");
            return build.execute(fields(), input(documents)).asString();
        } catch (PolyglotException e) {
            throw new SearchIndexException("building the search index with lunr failed: " + e.getMessage(), e);
        }
    }

    private static String fields() {
        StringBuilder json = new StringBuilder("[");
        for (Field field : FIELDS) {
            json.append(json.length() > 1 ? "," : "").append("{\"name\":").append(JsonText.quote(field.name()))
                    .append(",\"boost\":").append(field.boost()).append('}');
        }
        return json.append(']').toString();
    }

    private static String input(List<SearchDocument> documents) {
        StringBuilder json = new StringBuilder("[");
        for (SearchDocument d : documents) {
            json.append(json.length() > 1 ? "," : "").append('{');
            for (int i = 0; i < FIELDS.size(); i++) {
                String name = FIELDS.get(i).name();
                json.append(i > 0 ? "," : "").append(JsonText.quote(name)).append(':')
                        .append(JsonText.quote(d.field(name)));
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static Source source(String text, String name) {
        return Source.newBuilder("js", text, name).cached(true).buildLiteral();
    }

    private static String read(String name) {
        try (InputStream in = LunrLibrary.resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
