package org.drplan.content;

import java.nio.file.Path;

/**
 * A file of the content folder.
 *
 * @param path         absolute path on disk
 * @param relativePath path below the content folder with {@code /} separators, e.g. {@code procedures/restore-db.md}
 */
public record SourceFile(Path path, String relativePath) {

    /** Markdown by its extension, in any case: {@code .md}, {@code .MD}, {@code .markdown}, {@code .mdown}, {@code .mkd}. */
    private static final java.util.regex.Pattern MARKDOWN =
            java.util.regex.Pattern.compile("\\.(?i:md|markdown|mdown|mkd)$");

    public boolean isMarkdown() {
        return MARKDOWN.matcher(relativePath).find();
    }

    /** A path without its Markdown extension, if it has one. */
    public static String withoutMarkdownExtension(String path) {
        return MARKDOWN.matcher(path).replaceFirst("");
    }

    /** The folder part of {@link #relativePath()}, empty for files at the content root. */
    public String folder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    /** File name without its Markdown extension. */
    public String baseName() {
        return withoutMarkdownExtension(relativePath.substring(relativePath.lastIndexOf('/') + 1));
    }
}
