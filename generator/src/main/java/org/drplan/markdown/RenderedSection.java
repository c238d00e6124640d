package org.drplan.markdown;

import java.util.List;

import org.drplan.content.Section;
import org.drplan.links.LinkOccurrence;

/**
 * A section after Markdown rendering.
 *
 * @param title      front-matter title, else the leading {@code # heading}, else the file name
 * @param pageHeading the text of a leading {@code # heading} removed from the body (shown as the page's h1), or null
 * @param html       the body as HTML, links not yet rewritten
 */
public record RenderedSection(
        Section section,
        String title,
        String pageHeading,
        String html,
        List<Heading> headings,
        List<ChecklistStep> steps,
        List<LinkOccurrence> links) {

    public RenderedSection {
        headings = List.copyOf(headings);
        steps = List.copyOf(steps);
        links = List.copyOf(links);
    }

    public RenderedSection withHtml(String newHtml) {
        return new RenderedSection(section, title, pageHeading, newHtml, headings, steps, links);
    }
}
