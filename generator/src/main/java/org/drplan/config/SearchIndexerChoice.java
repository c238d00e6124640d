package org.drplan.config;

import java.util.Locale;

/** Which program builds the search index; both write the same lunr 2.3.9 index, byte for byte. */
public enum SearchIndexerChoice {
    /** drplan's Java port of lunr's index builder: the default, many times faster. */
    JAVA("java"),
    /** lunr.js itself, run in the JVM by GraalJS: the reference the port is tested against. */
    LUNR_JS("lunr-js");

    private final String key;

    SearchIndexerChoice(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static SearchIndexerChoice parse(String text) {
        for (SearchIndexerChoice choice : values()) {
            if (choice.key.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw new IllegalArgumentException("searchIndexer must be 'java' or 'lunr-js', not '" + text + "'");
    }
}
