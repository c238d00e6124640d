package org.drplan.search;

/**
 * The search data of a bundle.
 *
 * @param script {@code assets/search-index.js}: the serialized lunr index and the result metadata, assigned to
 *               {@code window.drplanSearchData} so that a {@code <script>} tag loads it from file:// (no fetch)
 * @param documentCount how many documents were indexed
 */
public record SearchIndex(String script, int documentCount) {

    public static final String PATH = "assets/search-index.js";
}
