package org.drplan.markdown;

import java.util.Arrays;

/**
 * Line and column of an offset in a section's text, by binary search over the line starts found once. flexmark's
 * own {@code Document.getLineNumber} counts the lines from the start on every call, which made a 5 MB file with a
 * link per paragraph take minutes.
 */
final class SourceLines {

    private final int[] starts;

    SourceLines(CharSequence text) {
        int[] found = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }

    /** The 1-based column of {@code offset}, in characters. */
    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
