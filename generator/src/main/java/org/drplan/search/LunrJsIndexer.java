package org.drplan.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drplan.json.JsonText;
import org.drplan.search.lunr.Analysis;
import org.drplan.search.lunr.TermPostings;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The reference indexer: lunr.js itself, run in the JVM by GraalJS ({@code searchIndexer=lunr-js}). Starting the
 * engine and loading lunr costs about two seconds, so one engine is made on first use and shared by every build
 * of the JVM; each index gets one cheap context on it. All documents go in as one JSON string; the script has no
 * access to the host. Interpreted, it is many times slower than {@link JavaLunrIndexer}, which it checks.
 */
public final class LunrJsIndexer implements SearchIndexer {

    private static final String BUILDER_RESOURCE = "org/drplan/search/build-index.js";

    /** Made on first use, lives as long as the JVM: nothing in it changes between builds. */
    private static final class Shared {
        static final Engine ENGINE = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        static final Source LUNR = source(new String(LunrLibrary.source(), StandardCharsets.UTF_8), "lunr.js");
        static final Source BUILDER = source(read(BUILDER_RESOURCE), "build-index.js");
    }

    @Override
    public LunrIndex index(Analysis analysis, List<Map<String, String>> documents) {
        try (Context context = Context.newBuilder("js").engine(Shared.ENGINE).allowAllAccess(false).build()) {
            context.eval(Shared.LUNR);
            context.eval(Shared.BUILDER);
            Value built = context.getBindings("js").getMember("drplanBuildIndex")
                    .execute(analysis.name(), fields(), input(documents));
            String serialized = built.getArrayElement(0).asString();
            return new LunrIndex(postings(built.getArrayElement(1)), () -> serialized);
        } catch (PolyglotException e) {
            throw new SearchIndexException("building the search index with lunr.js failed: " + e.getMessage(), e);
        }
    }

    private static List<TermPostings> postings(Value terms) {
        List<TermPostings> postings = new ArrayList<>((int) terms.getArraySize());
        for (long t = 0; t < terms.getArraySize(); t++) {
            Value entry = terms.getArrayElement(t);
            Value documents = entry.getArrayElement(1);
            Value scores = entry.getArrayElement(2);
            int n = (int) documents.getArraySize();
            int[] documentArray = new int[n];
            double[] scoreArray = new double[n];
            for (int i = 0; i < n; i++) {
                documentArray[i] = documents.getArrayElement(i).asInt();
                scoreArray[i] = scores.getArrayElement(i).asDouble();
            }
            postings.add(new TermPostings(entry.getArrayElement(0).asString(), documentArray, scoreArray));
        }
        return postings;
    }

    private static String fields() {
        StringBuilder json = new StringBuilder("[");
        for (SearchFields.Field field : SearchFields.ALL) {
            json.append(json.length() > 1 ? "," : "").append("{\"name\":").append(JsonText.quote(field.name()))
                    .append(",\"boost\":").append(field.boost()).append('}');
        }
        return json.append(']').toString();
    }

    private static String input(List<Map<String, String>> documents) {
        StringBuilder json = new StringBuilder("[");
        for (Map<String, String> document : documents) {
            json.append(json.length() > 1 ? "," : "").append('{');
            for (int i = 0; i < SearchFields.ALL.size(); i++) {
                String name = SearchFields.ALL.get(i).name();
                json.append(i > 0 ? "," : "").append(JsonText.quote(name)).append(':')
                        .append(JsonText.quote(document.getOrDefault(name, "")));
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
