package org.drplan.links;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.content.Section;

/**
 * The sections of the plan an edition leaves out for its audience, which the sections it shows may still link to: a
 * link to one is shown as its text. Found as a section would be: by id or a unique end of it, by source or page path.
 */
final class WithheldSections {

    private final Map<String, Section> byId = new HashMap<>();
    private final Map<String, Section> byPath = new HashMap<>();

    WithheldSections(List<Section> sections) {
        for (Section section : sections) {
            byId.put(section.id(), section);
            byPath.put(section.source().relativePath(), section);
            byPath.put(section.outputPath(), section);
        }
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The section with this id, or the one whose id ends with it ({@code contacts} for {@code team/contacts}). */
    Optional<Section> byId(String id) {
        if (byId.isEmpty() || byId.containsKey(id)) {
            return Optional.ofNullable(byId.get(id));
        }
        List<Section> bySuffix = byId.values().stream().filter(s -> s.id().endsWith("/" + id)).toList();
        return bySuffix.size() == 1 ? Optional.of(bySuffix.get(0)) : Optional.empty();
    }

    /** The section of this source path ({@code contacts.md}) or page path ({@code contacts.html}). */
    Optional<Section> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Where a link to the section leads: nowhere, shown as the section's title. */
    static LinkTarget target(Section section) {
        return LinkTarget.withheld(title(section));
    }

    static String title(Section section) {
        return section.meta().title() != null ? section.meta().title() : section.id();
    }
}
