package org.drplan.markdown;

import java.util.List;
import java.util.Set;

import org.drplan.content.Section;

/**
 * A section after Markdown rendering.
 *
 * @param title      front-matter title, else the leading {@code # heading}, else the file name
 * @param pageHeading the text of a leading {@code # heading} removed from the body (shown as the page's h1), or null
 * @param html       the body as HTML, links not yet rewritten
 * @param anchors    every id in the body a link may point at ({@code #verify})
 */
public record RenderedSection(
        Section section,
        String title,
        String pageHeading,
        String html,
        List<Heading> headings,
        List<ChecklistStep> steps,
        List<LinkOccurrence> links,
        Set<String> anchors) {

    public RenderedSection {
        headings = List.copyOf(headings);
        steps = List.copyOf(steps);
        links = List.copyOf(links);
        anchors = Set.copyOf(anchors);
    }

    public RenderedSection withHtml(String newHtml) {
        return new RenderedSection(section, title, pageHeading, newHtml, headings, steps, links, anchors);
    }

    public String id() {
        return section.id();
    }

    /** The heading with this anchor id, if the page has one. */
    public java.util.Optional<Heading> heading(String anchor) {
        return headings.stream().filter(h -> h.id().equals(anchor)).findFirst();
    }
}
