package org.drplan.markdown;

/**
 * A heading of a section with its anchor id.
 *
 * @param id the anchor as the author links to it ({@code [[restore-db#verify]]}); an output may write it differently
 */
public record Heading(int level, String text, String id) {
}
