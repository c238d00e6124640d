package org.drplan.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * lunr.js as shipped in its WebJar: the same file indexes at build time (in the reference indexer) and searches in
 * the browser. The version comes from the build ({@code lunr.version} in the parent pom), not from a second string.
 */
public final class LunrLibrary {

    /** Where the bundle carries lunr.js. */
    public static final String BUNDLE_PATH = "assets/lunr.js";

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

    /** lunr.js as the browser gets it. */
    public static byte[] script() {
        String name = "META-INF/resources/webjars/lunr/" + version() + "/lunr.js";
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
