package org.drplan.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How deeply a section's quotes ({@code > > > ...} at the start of a line) and brackets ({@code [[[...]]]}) nest,
 * measured before parsing: flexmark recurses once per level, and walks the ancestors of every node, so ten thousand
 * levels would overflow the stack or take hours instead of giving a message. Only Markdown structure counts: what is
 * inside code (fenced and indented blocks, code spans), such as a pasted log or JSON, is text to flexmark too.
 */
final class MarkdownDepth {

    /** Far beyond any runbook's quoting. */
    static final int LIMIT = 100;

    /** A fence's opening line inside any quotes or list indentation: its run of backticks or tildes. */
    private static final Pattern FENCE = Pattern.compile("^[\\s>]*(`{3,}(?=[^`]*$)|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}([-*+]|\\d{1,9}[.)])(\\s|$)");

    private MarkdownDepth() {
    }

    static Optional<MarkdownNote> check(String markdown) {
        int line = 1;
        int start = 0;
        int brackets = 0;
        String fence = null;
        boolean blankBefore = true;
        boolean indentedCode = false;
        boolean inList = false;
        while (start < markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            String text = markdown.substring(start, end);
            if (fence != null) {
                fence = closes(text, fence) ? null : fence;
            } else if (text.isBlank()) {
                brackets = 0;
                blankBefore = true;
            } else {
                Matcher opening = FENCE.matcher(text);
                boolean opens = opening.find();
                indentedCode = !opens && CodeFences.indent(text) >= 4 && (blankBefore || indentedCode) && !inList;
                if (!indentedCode) {
                    inList = LIST_ITEM.matcher(text).find() || inList && (CodeFences.indent(text) > 0 || !blankBefore);
                    Optional<MarkdownNote> tooDeep = quotes(text, line);
                    if (tooDeep.isEmpty() && !opens) {
                        int[] depth = {brackets};
                        tooDeep = brackets(text, line, depth);
                        brackets = depth[0];
                    }
                    if (tooDeep.isPresent()) {
                        return tooDeep;
                    }
                    fence = opens ? opening.group(1) : null;
                }
                blankBefore = false;
            }
            line++;
            start = end + 1;
        }
        return Optional.empty();
    }

    /** Whether the line closes the fence: a run of the same character, at least as long, and nothing after it. */
    private static boolean closes(String text, String fence) {
        String trimmed = text.replaceFirst("^[\\s>]*", "").strip();
        return trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static Optional<MarkdownNote> quotes(String text, int line) {
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                if (++quotes > LIMIT) {
                    return Optional.of(new MarkdownNote(line, i + 1, "quotes nested more than " + LIMIT
                            + " levels deep; the section is not read", true));
                }
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return Optional.empty();
    }

    /** Counts the brackets of one line on from {@code depth[0]}, leaving code spans out; keeps the depth reached. */
    private static Optional<MarkdownNote> brackets(String text, int line, int[] depth) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                i = codeSpanEnd(text, i);
            } else if (c == '[' && ++depth[0] > LIMIT) {
                return Optional.of(new MarkdownNote(line, i + 1, "brackets nested more than " + LIMIT
                        + " levels deep; the section is not read", true));
            } else if (c == ']' && depth[0] > 0) {
                depth[0]--;
            }
        }
        return Optional.empty();
    }

    /** The last index of the code span opening at {@code from}, or of its backticks when it does not close. */
    private static int codeSpanEnd(String text, int from) {
        int run = from;
        while (run < text.length() && text.charAt(run) == '`') {
            run++;
        }
        String ticks = text.substring(from, run);
        for (int close = text.indexOf(ticks, run); close >= 0; close = text.indexOf(ticks, close + 1)) {
            boolean exact = (close + ticks.length() == text.length() || text.charAt(close + ticks.length()) != '`')
                    && text.charAt(close - 1) != '`';
            if (exact) {
                return close + ticks.length() - 1;
            }
        }
        return run - 1;
    }
}
