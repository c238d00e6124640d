package org.drplan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identifiers in a text: host names, addresses, error codes, ticket ids, commands — a whitespace-separated token
 * with {@code - _ . / : @} between its letters or digits, such as {@code apigw-dc2-11}, {@code err_conn_refused},
 * {@code itsm-db01.prod.example.net}. lunr's tokenizer cuts them at hyphens; indexed whole as well, they can rank a
 * page that has exactly that name above pages that merely share a piece of it. search.js finds them in a query
 * the same way.
 */
final class Identifiers {

    private static final int MAX_LENGTH = 100;

    private Identifiers() {
    }

    /** The text's identifiers, as search.js finds them in a query (a plan has many tokens: no regex per token). */
    static List<String> of(String text) {
        List<String> identifiers = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean joined = false;
            for (; i < n && !isSpace(text.charAt(i)); i++) {
                joined |= isJoiner(text.charAt(i));
            }
            if (joined) {
                String id = identifier(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (id != null) {
                    identifiers.add(id);
                }
            }
        }
        return identifiers;
    }

    /** The token without the non-word characters at its ends, if it is then an identifier. */
    private static String identifier(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !isWordChar(token.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(token.charAt(end - 1))) {
            end--;
        }
        if (end - start < 3 || end - start > MAX_LENGTH) {
            return null;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (isJoiner(token.charAt(i)) && isLetterOrDigit(token.charAt(i - 1))
                    && isLetterOrDigit(token.charAt(i + 1))) {
                return token.substring(start, end);
            }
        }
        return null;
    }

    /** JavaScript's {@code \s}: what search.js splits a query at. */
    private static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_' || c == '.' || c == '/' || c == ':' || c == '@';
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** JavaScript's {@code \w}. */
    private static boolean isWordChar(char c) {
        return isLetterOrDigit(c) || c == '_';
    }
}
