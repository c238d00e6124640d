package org.drplan.audience;

import java.util.regex.Pattern;

/**
 * The {@code !!! restricted} blocks of a section's Markdown (also {@code ??? restricted}, with or without a title):
 * the opener and the lines indented under it, as MkDocs reads an admonition. A shareable build blanks them line for
 * line, so every other line keeps its number; the full build shows them as a marked block.
 */
final class RestrictedBlocks {

    private static final Pattern OPENER =
            Pattern.compile("^([ \\t]*)(?:!!!|\\?\\?\\?\\+?)[ \\t]*restricted(?:[ \\t]+(?:\"[^\"]*\"|'[^']*'))?[ \\t]*\\r?$");
    private static final Pattern FENCE = Pattern.compile("^[ \\t]{0,3}(`{3,}|~{3,})");

    /** The Markdown with each restricted block's lines empty, and what was in them. */
    record Split(String shown, String restricted) {
    }

    private RestrictedBlocks() {
    }

    static Split split(String markdown) {
        if (!markdown.contains("restricted")) {
            return new Split(markdown, "");
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder shown = new StringBuilder(markdown.length());
        StringBuilder restricted = new StringBuilder();
        String fence = null;
        int blockIndent = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (blockIndent >= 0 && (line.isBlank() || indent(line) > blockIndent)) {
                restricted.append(line).append('\n');
                line = "";
            } else {
                blockIndent = -1;
                java.util.regex.Matcher fenceMatch = FENCE.matcher(line);
                if (fenceMatch.find()) {
                    String marker = fenceMatch.group(1);
                    if (fence == null) {
                        fence = marker;
                    } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                        fence = null;
                    }
                } else if (fence == null && OPENER.matcher(line).matches()) {
                    blockIndent = indent(line);
                    restricted.append(line).append('\n');
                    line = "";
                }
            }
            shown.append(line);
            if (i < lines.length - 1) {
                shown.append('\n');
            }
        }
        return new Split(shown.toString(), restricted.toString());
    }

    /** Leading white space in columns, a tab to the next multiple of four. */
    private static int indent(String line) {
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += 4 - column % 4;
            } else {
                break;
            }
        }
        return column;
    }
}
