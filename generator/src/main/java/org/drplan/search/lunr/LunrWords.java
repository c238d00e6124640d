package org.drplan.search.lunr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a text as lunr's default pipeline makes them, for drplan's own index: each token (lunr's tokenizer:
 * lower-cased, cut at whitespace and hyphens) trimmed of non-word characters at its ends (lunr's trimmer), stop words
 * left out (lunr's filter), with its Porter stem (lunr's stemmer). The browser runs lunr.js's own functions on a
 * query, so that query words and indexed words agree. Tokens the trimmer empties are left out: they cannot be typed.
 *
 * <p>Keeps the stem of every token it has seen: the stemmer is the costly step and a plan repeats its words. One
 * instance per thread.
 */
public final class LunrWords {

    /** A word as written (lower-cased, trimmed) and its stem. */
    public record Word(String word, String stem) {
    }

    private final Map<String, Word> byToken = new HashMap<>();

    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        for (String token : Tokenizer.tokens(text)) {
            Word word = byToken.computeIfAbsent(token, LunrWords::word);
            if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    private static Word word(String token) {
        String trimmed = Trimmer.trim(token);
        return trimmed.isEmpty() || StopWords.contains(trimmed) ? null : new Word(trimmed, PorterStemmer.stem(trimmed));
    }
}
