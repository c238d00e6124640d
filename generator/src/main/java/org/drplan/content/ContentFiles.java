package org.drplan.content;

import java.util.List;

/**
 * The content folder's files, sorted by relative path: Markdown sections and everything else (assets).
 *
 * @param leaving the relative paths of symbolic links that lead outside the content folder: never published, and
 *                a link to one is told so
 */
public record ContentFiles(List<SourceFile> markdown, List<SourceFile> assets, List<String> leaving) {

    public ContentFiles {
        markdown = List.copyOf(markdown);
        assets = List.copyOf(assets);
        leaving = List.copyOf(leaving);
    }
}
