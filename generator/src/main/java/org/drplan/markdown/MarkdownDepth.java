package org.drplan.markdown;

import java.util.Optional;

/**
 * How deeply a section's quotes ({@code > > > ...} at the start of a line) and brackets ({@code [[[...]]]}) nest,
 * measured before parsing: flexmark recurses once per level, and walks the ancestors of every node, so ten thousand
 * levels would overflow the stack or take hours instead of giving a message.
 */
final class MarkdownDepth {

    /** Far beyond any runbook's quoting. */
    static final int LIMIT = 100;

    private MarkdownDepth() {
    }

    static Optional<MarkdownNote> check(String markdown) {
        int line = 1;
        int start = 0;
        int brackets = 0;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            if (markdown.substring(start, end).isBlank()) {
                brackets = 0;
            }
            for (int i = start; i < end; i++) {
                char c = markdown.charAt(i);
                if (c == '[' && ++brackets > LIMIT) {
                    return Optional.of(new MarkdownNote(line, i - start + 1, "brackets nested more than " + LIMIT
                            + " levels deep; the section is not read", true));
                } else if (c == ']' && brackets > 0) {
                    brackets--;
                }
            }
            int quotes = 0;
            for (int i = start; i < end; i++) {
                char c = markdown.charAt(i);
                if (c == '>') {
                    if (++quotes > LIMIT) {
                        return Optional.of(new MarkdownNote(line, i - start + 1, "quotes nested more than " + LIMIT
                                + " levels deep; the section is not read", true));
                    }
                } else if (c != ' ' && c != '\t') {
                    break;
                }
            }
            line++;
            start = end + 1;
        }
        return Optional.empty();
    }
}
