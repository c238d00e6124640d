package org.drplan.render;

import org.drplan.links.LinkTarget;

/**
 * How one output writes what differs between outputs: the plan's internal links (the bundle's pages link page to page
 * with relative URLs, the print document links within itself) and steps (ticked on screen, with a pen on paper). The
 * trees and their resolved targets are the same for every output.
 */
public interface LinkStyle {

    /** The URL of a section or file target, as this output writes it. */
    String href(LinkTarget target);

    /** The id that the anchor {@code anchor} of section {@code sectionId} gets in this output; null to write none. */
    String anchorId(String sectionId, String anchor);

    /**
     * How running text names a section target in this output, e.g. {@code 5.3} for "(see 5.3, p. 41)" on paper;
     * null where a link is enough.
     */
    default String reference(LinkTarget target) {
        return null;
    }

    /** Whether steps get checkboxes someone can tick here; on paper they get an empty box for a pen. */
    default boolean tickable() {
        return true;
    }
}
