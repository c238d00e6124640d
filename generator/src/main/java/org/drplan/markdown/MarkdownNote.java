package org.drplan.markdown;

/**
 * Something the parser noticed in a section that its author should know, at a line and column of the file.
 *
 * @param error whether it stops the build (a network load in raw HTML) or is a warning (template code left in)
 */
public record MarkdownNote(int line, int column, String message, boolean error) {
}
