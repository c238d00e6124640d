package org.drplan.search.lunr;

/**
 * {@code lunr.trimmer}: {@code s.replace(/^\W+/, '').replace(/\W+$/, '')}. Without the {@code u} flag {@code \W}
 * is every code unit but {@code [A-Za-z0-9_]}, so a token of only punctuation, emoji or non-Latin letters becomes
 * the empty string, which lunr then indexes as the term {@code ""}.
 */
final class Trimmer {

    private Trimmer() {
    }

    static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !isWordChar(token.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    /** JavaScript's {@code \w} without the {@code u} flag. */
    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
