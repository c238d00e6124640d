package org.drplan.markdown;

/** A heading of a rendered page with the id its anchor has in the HTML. */
public record Heading(int level, String text, String id) {
}
