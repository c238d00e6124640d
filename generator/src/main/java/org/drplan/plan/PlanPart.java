package org.drplan.plan;

import java.util.List;

import org.drplan.content.SectionType;

/**
 * One part of the plan (all sections of one type), in plan order; parts without sections are left out.
 *
 * @param number  1-based position among the plan's parts
 * @param folders the sections grouped by content sub-folder when the part spans more than one folder, else empty
 */
public record PlanPart(SectionType type, int number, List<PlanSection> sections, List<Folder> folders) {

    public PlanPart {
        sections = List.copyOf(sections);
        folders = List.copyOf(folders);
    }

    /**
     * The sections of a part that sit in one content sub-folder.
     *
     * @param label the folder as a reader names it ({@code runbooks/on-call} reads "Runbooks / On call"); empty for
     *              the content root
     */
    public record Folder(String folder, String label, List<PlanSection> sections) {
        public Folder {
            sections = List.copyOf(sections);
        }
    }
}
