package org.drplan.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drplan.markdown.CodeFences;

/**
 * Rewrites the MkDocs admonition openers flexmark's parser does not know into the form it does, line for line, so
 * that every line keeps its number: {@code !!!tip "T"} (no space), {@code ??? aside hide-arrow "T"} and
 * {@code !!! warning inline end "T"} (the first word is the type, the words after it are layout options drplan
 * ignores) become {@code !!! tip "T"}, {@code ??? aside "T"}, {@code !!! warning "T"}. Lines inside fenced code
 * stay as written.
 */
public final class AdmonitionOpeners {

    private static final Pattern OPENER = Pattern.compile(
            "^([ \\t]*)(!!!|\\?\\?\\?\\+?)[ \\t]*([A-Za-z][\\w-]*)((?:[ \\t]+[A-Za-z][\\w-]*)*)([ \\t]+(?:\"[^\"]*\"|'[^']*'))?[ \\t]*$");

    private AdmonitionOpeners() {
    }

    public static String normalize(String markdown) {
        if (markdown.indexOf("!!!") < 0 && markdown.indexOf("???") < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        CodeFences fences = new CodeFences();
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            String line = markdown.substring(start, end < 0 ? markdown.length() : end);
            out.append(fences.isCode(line) ? line : rewrite(line));
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static String rewrite(String line) {
        Matcher m = OPENER.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        if (!m.matches()) {
            return line;
        }
        String title = m.group(5) == null ? "" : " " + m.group(5).trim();
        return m.group(1) + m.group(2) + " " + m.group(3) + title + (line.endsWith("\r") ? "\r" : "");
    }
}
