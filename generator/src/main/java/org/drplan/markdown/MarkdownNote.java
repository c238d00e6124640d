package org.drplan.markdown;

/** Something the parser noticed in a section that its author should know, at a line and column of the file. */
public record MarkdownNote(int line, int column, String message) {
}
