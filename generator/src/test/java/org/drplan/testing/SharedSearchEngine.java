package org.drplan.testing;

import org.drplan.search.SearchEngine;

/**
 * One GraalJS engine for every site the test JVM builds: starting one costs seconds, and the engine is made to be
 * shared (STACK.md). It lives as long as the JVM; nothing in it is mutable from a build.
 */
public final class SharedSearchEngine {

    private static SearchEngine engine;

    private SharedSearchEngine() {
    }

    public static synchronized SearchEngine get() {
        if (engine == null) {
            engine = SearchEngine.create();
        }
        return engine;
    }
}
