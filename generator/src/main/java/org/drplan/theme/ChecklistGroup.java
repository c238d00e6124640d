package org.drplan.theme;

import java.util.List;

import org.drplan.markdown.ChecklistStep;

/** The steps of one section on {@code checklist.html}. */
public record ChecklistGroup(SectionSummary section, List<ChecklistStep> steps) {
    public ChecklistGroup {
        steps = List.copyOf(steps);
    }
}
