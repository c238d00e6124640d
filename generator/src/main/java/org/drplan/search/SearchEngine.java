package org.drplan.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

/**
 * The GraalJS engine with lunr.js and drplan's index script loaded as sources. Creating it costs about two
 * seconds, so its owner (the Maven goal's execution, a test suite) makes it once and passes it to every build;
 * each build then makes one cheap context on it.
 */
public final class SearchEngine implements AutoCloseable {

    /** The lunr.js shipped in the WebJar: the same file indexes at build time and searches in the browser. */
    static final String LUNR_RESOURCE = "META-INF/resources/webjars/lunr/2.3.9/lunr.js";
    private static final String BUILDER_RESOURCE = "org/drplan/search/build-index.js";

    private final Engine engine;
    private final byte[] lunrScript;
    private final Source lunr;
    private final Source builder;

    private SearchEngine() {
        engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        lunrScript = resource(LUNR_RESOURCE);
        lunr = Source.newBuilder("js", new String(lunrScript, StandardCharsets.UTF_8), "lunr.js").cached(true)
                .buildLiteral();
        builder = Source.newBuilder("js", new String(resource(BUILDER_RESOURCE), StandardCharsets.UTF_8),
                "build-index.js").cached(true).buildLiteral();
    }

    public static SearchEngine create() {
        return new SearchEngine();
    }

    Engine engine() {
        return engine;
    }

    Source lunr() {
        return lunr;
    }

    Source builder() {
        return builder;
    }

    /** lunr.js as the browser gets it. */
    public byte[] lunrScript() {
        return lunrScript.clone();
    }

    @Override
    public void close() {
        engine.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SearchEngine.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
