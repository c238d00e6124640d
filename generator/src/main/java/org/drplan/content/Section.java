package org.drplan.content;

/**
 * One Markdown file of the plan with its front-matter parsed.
 *
 * @param markdown the body, with the front-matter lines blanked so that line numbers still match the file
 */
public record Section(SourceFile source, SectionMeta meta, String markdown) {

    public String id() {
        return meta.id();
    }

    /** The page's path in the bundle, e.g. {@code procedures/restore-db.html}. */
    public String outputPath() {
        return meta.id() + ".html";
    }
}
