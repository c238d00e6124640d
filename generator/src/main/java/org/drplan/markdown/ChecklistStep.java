package org.drplan.markdown;

/**
 * A GFM task item: a step someone ticks during a recovery.
 *
 * @param id    {@code <section-id>/<slug of its text>}, made unique within the section with {@code -2}, {@code -3}
 * @param depth 0 for a top-level item, 1 for an item nested in another list item, ...
 */
public record ChecklistStep(String id, String text, int line, int depth, StepKind kind) {
}
