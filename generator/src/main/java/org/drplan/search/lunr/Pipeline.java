package org.drplan.search.lunr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * lunr's default indexing pipeline, {@code trimmer -> stopWordFilter -> stemmer}, applied to each token. A token
 * that the trimmer empties stays in, as the term {@code ""} (lunr drops only what a step returns as
 * {@code undefined}, and the trimmer returns the token itself); the stop-word filter drops the token.
 *
 * <p>Keeps the term of every token it has seen: a plan repeats its words, and the stemmer is the costly step. So
 * one pipeline serves one index build, on one thread.
 */
final class Pipeline {

    /** Marks a stop word in the cache: no term. */
    private static final String DROPPED = new String("");

    private final Map<String, String> termOfToken = new HashMap<>();

    List<String> terms(String fieldText) {
        List<String> tokens = Tokenizer.tokens(fieldText);
        List<String> terms = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String term = termOfToken.computeIfAbsent(token, Pipeline::term);
            if (term != DROPPED) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static String term(String token) {
        String trimmed = Trimmer.trim(token);
        return StopWords.contains(trimmed) ? DROPPED : PorterStemmer.stem(trimmed);
    }
}
