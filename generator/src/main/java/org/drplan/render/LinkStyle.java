package org.drplan.render;

import org.drplan.links.LinkTarget;

/**
 * How one output writes the plan's internal links: the bundle's pages link page to page with relative URLs, the print
 * document links within itself. The trees and their resolved targets are the same for every output.
 */
public interface LinkStyle {

    /** The URL of a section or file target, as this output writes it. */
    String href(LinkTarget target);

    /** The id that the anchor {@code anchor} of section {@code sectionId} gets in this output; null to write none. */
    String anchorId(String sectionId, String anchor);
}
