package org.drplan.content;

import java.util.List;

/** The content folder's files, sorted by relative path: Markdown sections and everything else (assets). */
public record ContentFiles(List<SourceFile> markdown, List<SourceFile> assets) {

    public ContentFiles {
        markdown = List.copyOf(markdown);
        assets = List.copyOf(assets);
    }
}
