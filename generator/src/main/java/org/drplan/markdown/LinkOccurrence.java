package org.drplan.markdown;

/**
 * A link or image URL as written in a section's Markdown, with its 1-based source position. For a cross-reference
 * ({@code [[restore-db#verify]]}) the URL is what stands between the brackets, before any {@code |text}.
 */
public record LinkOccurrence(String url, int line, int column, boolean image) {
}
