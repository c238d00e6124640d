package org.drplan.links;

import java.util.List;

import org.drplan.markdown.RenderedSection;

/**
 * A section after the link stage: links rewritten, plus the sections it requires and those that link to it.
 *
 * @param requires     ids from {@code requires:} that exist, in the order written
 * @param referencedBy ids of the sections whose pages link here, sorted
 */
public record LinkedSection(RenderedSection rendered, List<String> requires, List<String> referencedBy) {
    public LinkedSection {
        requires = List.copyOf(requires);
        referencedBy = List.copyOf(referencedBy);
    }
}
