package org.drplan.yaml;

import java.util.Optional;

/**
 * How deeply YAML text nests, measured before it is parsed: the parser recurses once per level, so a file nested
 * thousands deep would end the build with a stack overflow instead of a message. Counts flow brackets
 * ({@code [ {}) and block sequence entries started on one line ({@code - - -}), outside quotes and comments.
 */
final class YamlDepth {

    /** Far beyond any plan's front-matter, far below what the parser's recursion can take. */
    static final int LIMIT = 200;

    private YamlDepth() {
    }

    /** The 0-based line and column where the nesting first exceeds {@code limit}, if it does. */
    static Optional<int[]> firstBeyond(String text, int limit) {
        int depth = 0;
        int line = 0;
        int column = 0;
        char quote = 0;
        boolean comment = false;
        boolean lineStart = true;
        int dashes = 0;
        char previous = '\n';
        for (int i = 0; i < text.length(); i++, column++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = -1;
                comment = false;
                lineStart = true;
                dashes = 0;
                previous = '\n';
                continue;
            }
            if (comment) {
                continue;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                    column++;
                }
                continue;
            }
            if (lineStart && c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                if (++dashes > limit) {
                    return Optional.of(new int[] {line, column});
                }
                continue;
            }
            if (c != ' ' && c != '\t' && c != '-') {
                lineStart = false;
            }
            boolean valueStart = ":[{,-\n".indexOf(previous) >= 0;
            if (c != ' ' && c != '\t') {
                previous = c;
            }
            switch (c) {
                case '[', '{' -> {
                    if (++depth > limit) {
                        return Optional.of(new int[] {line, column});
                    }
                }
                case ']', '}' -> depth = Math.max(0, depth - 1);
                case '"', '\'' -> quote = valueStart ? c : 0;
                case '#' -> comment = column == 0 || Character.isWhitespace(text.charAt(i - 1));
                default -> { }
            }
        }
        return Optional.empty();
    }
}
