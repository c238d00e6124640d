package org.drplan.theme;

import java.util.List;

/**
 * One part of the plan in the navigation: its type key, heading and sections in plan order.
 *
 * @param number  the part's number in the plan
 * @param folders the same sections grouped by content sub-folder, when the part spans more than one folder;
 *                otherwise empty
 */
public record NavGroup(String type, String heading, int number, List<SectionSummary> sections,
                       List<NavFolder> folders) {

    public NavGroup {
        sections = List.copyOf(sections);
        folders = List.copyOf(folders);
    }

    /** Sections of one part that sit in one content sub-folder; {@code label} is empty for the content root. */
    public record NavFolder(String folder, String label, List<SectionSummary> sections) {
        public NavFolder {
            sections = List.copyOf(sections);
        }
    }
}
