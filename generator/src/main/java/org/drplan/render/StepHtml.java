package org.drplan.render;

/**
 * A step rendered for a page that lists steps apart from their sections (the checklist page).
 *
 * @param label   the step's sentence (its first paragraph's inline content), as HTML
 * @param details what else the step holds, as HTML blocks: code, expected output, notes; nested steps are not in
 *                here, they are steps of their own
 */
public record StepHtml(String label, String details) {
}
