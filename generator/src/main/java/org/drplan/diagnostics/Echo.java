package org.drplan.diagnostics;

/**
 * A value from the plan as a message quotes it: its first line, at most 60 characters, in single quotes. A YAML alias
 * can expand to millions of characters; a message must stay one readable line.
 */
public final class Echo {

    static final int LENGTH = 60;

    private Echo() {
    }

    public static String quote(String text) {
        String value = text == null ? "" : text;
        int end = value.indexOf('\n');
        end = end < 0 ? Math.min(value.length(), LENGTH) : Math.min(end, LENGTH);
        return "'" + (end < value.length() ? value.substring(0, end) + "..." : value) + "'";
    }
}
