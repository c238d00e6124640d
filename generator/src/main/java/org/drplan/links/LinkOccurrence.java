package org.drplan.links;

/** A link or image URL as written in a section's Markdown, with its 1-based source position. */
public record LinkOccurrence(String url, int line, int column, boolean image) {
}
