package org.drplan.links;

import java.util.Locale;

/**
 * The anchor ids other tools give a heading, so that links written for them still land. drplan's own ids are
 * flexmark's ({@code elastic_indexer_worker.rb} → {@code elastic-indexer-workerrb}); GitHub and GitLab keep the
 * underscore ({@code elastic_indexer_workerrb}).
 */
final class HeadingIds {

    private HeadingIds() {
    }

    /** GitHub's id: lower case, letters, digits, {@code -} and {@code _} kept, spaces to {@code -}, the rest dropped. */
    static String github(String text) {
        StringBuilder id = new StringBuilder();
        text.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                id.appendCodePoint(c);
            } else if (c == ' ') {
                id.append('-');
            }
        });
        return id.toString();
    }

    /** flexmark's default id, as drplan's headings get it: spaces, {@code -} and {@code _} to {@code -}. */
    static String flexmark(String text) {
        StringBuilder id = new StringBuilder();
        text.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ' || c == '-' || c == '_') {
                id.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                id.appendCodePoint(c);
            }
        });
        return id.toString();
    }

    /** MkDocs' id (Python-Markdown's toc): punctuation dropped, runs of spaces and dashes made one {@code -}. */
    static String mkdocs(String text) {
        StringBuilder kept = new StringBuilder();
        text.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || Character.isWhitespace(c)) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString().trim().replaceAll("[-\\s]+", "-");
    }
}
