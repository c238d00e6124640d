package org.drplan.theme;

import java.util.List;

/** One part of the plan in the navigation: its type key, heading and sections in plan order. */
public record NavGroup(String type, String heading, List<SectionSummary> sections) {
    public NavGroup {
        sections = List.copyOf(sections);
    }
}
