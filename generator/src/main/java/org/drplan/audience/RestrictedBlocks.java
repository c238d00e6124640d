package org.drplan.audience;

import java.util.regex.Pattern;

import org.drplan.markdown.CodeFences;

/**
 * The {@code !!! restricted} blocks of a section's Markdown (also {@code ??? restricted}, with or without a title):
 * the opener and the lines indented under it, as MkDocs reads an admonition. A shareable build blanks them line for
 * line, so every other line keeps its number; the full build shows them as a marked block.
 */
final class RestrictedBlocks {

    private static final Pattern OPENER =
            Pattern.compile("^([ \\t]*)(?:!!!|\\?\\?\\?\\+?)[ \\t]*restricted(?:[ \\t]+(?:\"[^\"]*\"|'[^']*'))?[ \\t]*\\r?$");

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
        CodeFences fences = new CodeFences();
        int blockIndent = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (blockIndent >= 0 && (line.isBlank() || CodeFences.indent(line) > blockIndent)) {
                restricted.append(line).append('\n');
                line = "";
            } else {
                blockIndent = -1;
                if (!fences.isCode(line) && OPENER.matcher(line).matches()) {
                    blockIndent = CodeFences.indent(line);
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

}
