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

    /** The term of each token seen so far; null for a stop word. */
    private final Map<String, String> termOfToken = new HashMap<>();

    List<String> terms(String fieldText) {
        List<String> tokens = Tokenizer.tokens(fieldText);
        List<String> terms = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String term = termOfToken.get(token);
            if (term == null && !termOfToken.containsKey(token)) {
                term = term(token);
                termOfToken.put(token, term);
            }
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The token's term, or null for a stop word. */
    private static String term(String token) {
        String trimmed = Trimmer.trim(token);
        return StopWords.contains(trimmed) ? null : PorterStemmer.stem(trimmed);
    }
}
