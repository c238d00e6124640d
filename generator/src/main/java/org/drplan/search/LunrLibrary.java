package org.drplan.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * lunr.js as shipped in its WebJar: the browser runs its minified build's tokenizer, trimmer, stop words and stemmer
 * on a query, as the index's builder did on the indexed text ({@link JavaLunrIndexer}, or lunr.js itself in
 * {@link LunrJsIndexer}, which reads the full source here). The version comes from
 * the build ({@code lunr.version} in the parent pom), not from a second string.
 */
public final class LunrLibrary {

    /** Where the bundle carries lunr.js. */
    public static final String BUNDLE_PATH = "assets/lunr.min.js";

    private LunrLibrary() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = resource("org/drplan/search/lunr.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lunr.properties", e);
        }
        return properties.getProperty("version");
    }

    /** lunr.js as the browser gets it: the minified build lunr ships (a third of the bytes to load). */
    public static byte[] browserScript() {
        return file("lunr.min.js");
    }

    /** lunr.js as written, for reading what it does. */
    public static byte[] source() {
        return file("lunr.js");
    }

    private static byte[] file(String file) {
        String name = "META-INF/resources/webjars/lunr/" + version() + "/" + file;
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static InputStream resource(String name) {
        InputStream in = LunrLibrary.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + name);
        }
        return in;
    }
}
