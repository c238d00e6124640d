package org.drplan.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown text line by line and tells which lines belong to a fenced code block ({@code ```} or
 * {@code ~~~}, closed by a fence of the same character at least as long), for the rewrites done on the text before
 * it is parsed, which must leave code as written.
 */
public final class CodeFences {

    private static final Pattern FENCE = Pattern.compile("^[ \\t]{0,3}(`{3,}|~{3,})");

    private String open;

    /** Reads the next line: true when it opens, is inside or closes a fenced code block. */
    public boolean isCode(String line) {
        Matcher fence = FENCE.matcher(line);
        if (!fence.find()) {
            return open != null;
        }
        String marker = fence.group(1);
        if (open == null) {
            open = marker;
        } else if (marker.charAt(0) == open.charAt(0) && marker.length() >= open.length()) {
            open = null;
        }
        return true;
    }

    /** A line's leading white space in columns, a tab to the next multiple of four. */
    public static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }
}
