package org.drplan.search.lunr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A builder's tokenizer and pipeline for one {@link Analysis}. For {@link Analysis#WORDS}: lunr's tokenizer, then
 * {@code trimmer -> stopWordFilter}. A token that the trimmer empties stays in, as the term {@code ""} (lunr drops
 * only what a step returns as {@code undefined}, and the trimmer returns the token itself); the stop-word filter
 * drops the token.
 *
 * <p>Keeps the term of every token it has seen: a plan repeats its words. So one pipeline serves one index build,
 * on one thread.
 */
final class Pipeline {

    private final Analysis analysis;
    /** The term of each token seen so far; null for a stop word. */
    private final Map<String, String> termOfToken = new HashMap<>();

    Pipeline(Analysis analysis) {
        this.analysis = analysis;
    }

    List<String> terms(String fieldText) {
        if (analysis == Analysis.SPACE_SEPARATED) {
            return spaceSeparated(fieldText);
        }
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
        return StopWords.contains(trimmed) ? null : trimmed;
    }

    /** {@code String(text).split(' ').filter(nonEmpty)}. */
    private static List<String> spaceSeparated(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        int start = 0;
        for (int end = 0; end <= text.length(); end++) {
            if (end == text.length() || text.charAt(end) == ' ') {
                if (end > start) {
                    terms.add(text.substring(start, end));
                }
                start = end + 1;
            }
        }
        return terms;
    }
}
