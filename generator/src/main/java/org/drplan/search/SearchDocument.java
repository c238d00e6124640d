package org.drplan.search;

/**
 * One searchable unit: a whole section, or one of its headings with the text under it (so a hit jumps to the
 * right anchor, as in MkDocs). The fields are what lunr indexes; {@code url}, {@code section}, {@code part} and
 * {@code text} are what a result shows.
 *
 * @param url     bundle path with anchor, e.g. {@code procedures/restore-db.html#verify}
 * @param title   the section title, or the heading's text
 * @param section the section title (same as {@code title} for a section document)
 * @param part    the plan part, e.g. "Recovery procedures"
 * @param excerpt the text a result's excerpt is cut from: for a section its introduction (its headings have
 *                documents of their own, which rank above it for words under them), for a heading its text
 */
public record SearchDocument(
        String url,
        String title,
        String section,
        String part,
        String headings,
        String tags,
        String body,
        String steps,
        String roles,
        String excerpt) {

    /** The text of an indexed field ({@link SearchIndexer#FIELDS}). */
    public String field(String name) {
        return switch (name) {
            case "title" -> title;
            case "headings" -> headings;
            case "tags" -> tags;
            case "roles" -> roles;
            case "steps" -> steps;
            case "body" -> body;
            default -> throw new IllegalArgumentException("not an indexed field: " + name);
        };
    }
}
