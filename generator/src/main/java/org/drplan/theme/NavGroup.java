package org.drplan.theme;

import java.util.List;

/**
 * One part of the plan in the navigation: its type key, heading and sections in plan order.
 *
 * @param folders the same sections grouped by content sub-folder, when the part spans more than one folder;
 *                otherwise empty
 */
public record NavGroup(String type, String heading, List<SectionSummary> sections, List<NavFolder> folders) {
    public NavGroup {
        sections = List.copyOf(sections);
        folders = List.copyOf(folders);
    }
}
