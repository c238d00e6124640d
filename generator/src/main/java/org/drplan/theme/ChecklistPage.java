package org.drplan.theme;

import java.util.List;

import org.drplan.markdown.StepKind;

/**
 * The template variable {@code page} on {@code checklist.html}: every step of the plan, by section in plan order.
 *
 * @param groups the sections that have steps
 */
public record ChecklistPage(List<Group> groups) {

    public ChecklistPage {
        groups = List.copyOf(groups);
    }

    /**
     * The steps of one section.
     *
     * @param steps     its top-level steps, each with its nested ones
     * @param stepCount all its steps, nested ones included
     * @param decisions its decision points, each shown after the top-level step it follows
     */
    public record Group(SectionSummary section, List<Item> steps, int stepCount, List<Decision> decisions) {
        public Group {
            steps = List.copyOf(steps);
            decisions = List.copyOf(decisions);
        }

        /** The decision points that follow this top-level step (those before every step: {@code ""}). */
        public List<Decision> decisionsAfter(String stepId) {
            return decisions.stream().filter(d -> d.after().equals(stepId)).toList();
        }
    }

    /**
     * A decision point as the checklist shows it.
     *
     * @param after the id of the top-level step it follows, or {@code ""} when it comes before them all
     * @param html  the whole block (trusted: made by drplan)
     */
    public record Decision(String id, String after, String html) {
    }

    /**
     * One step as it reads on its page.
     *
     * @param inputId  the id of its checkbox on this page
     * @param text     its sentence as plain text (the checkbox's label for assistive technology)
     * @param label    its sentence as HTML (trusted: made by drplan)
     * @param details  its other blocks (code, expected output) as HTML, or empty
     * @param children the steps nested in it
     */
    public record Item(String id, String number, String inputId, String text, StepKind kind, int depth, String label,
                       String details, List<Item> children) {
        public Item {
            children = List.copyOf(children);
        }
    }
}
