package org.drplan.content;

import java.nio.file.Path;

/**
 * A file of the content folder.
 *
 * @param path         absolute path on disk
 * @param relativePath path below the content folder with {@code /} separators, e.g. {@code procedures/restore-db.md}
 */
public record SourceFile(Path path, String relativePath) {

    public boolean isMarkdown() {
        return relativePath.endsWith(".md");
    }

    /** The folder part of {@link #relativePath()}, empty for files at the content root. */
    public String folder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    /** File name without the {@code .md} extension. */
    public String baseName() {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
