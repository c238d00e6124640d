package org.drplan.theme;

import java.util.List;

/** Sections of one part that sit in one content sub-folder; {@code label} is empty for the content root. */
public record NavFolder(String folder, String label, List<SectionSummary> sections) {
    public NavFolder {
        sections = List.copyOf(sections);
    }
}
