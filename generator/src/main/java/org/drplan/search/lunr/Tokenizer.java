package org.drplan.search.lunr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code lunr.tokenizer}: the text lower-cased as a whole, then cut at every UTF-16 code unit that matches
 * {@code lunr.tokenizer.separator}, {@code /[\s\-]+/}; empty pieces are dropped.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        // As String.prototype.toLowerCase in the browser, final-sigma rule included. JDK 17 knows Unicode 13: a
        // letter added since may lower-case differently in a newer browser.
        String lower = text.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int end = 0; end <= lower.length(); end++) {
            if (end == lower.length() || isSeparator(lower.charAt(end))) {
                if (end > start) {
                    tokens.add(lower.substring(start, end));
                }
                start = end + 1;
            }
        }
        return tokens;
    }

    /** JavaScript's {@code \s} (WhiteSpace and LineTerminator) or a hyphen-minus. */
    static boolean isSeparator(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '-', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
                    '\u205F', '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}
