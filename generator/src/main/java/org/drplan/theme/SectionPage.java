package org.drplan.theme;

import java.util.List;
import java.util.Map;

import org.drplan.markdown.Heading;

/**
 * The template variable {@code page} on a section page ({@code section.ftlh}).
 *
 * @param summary      the section as the navigation shows it
 * @param typeHeading  its part's name, e.g. "Recovery procedures"
 * @param heading      the page's h1: the Markdown's leading heading if it had one, else the title
 * @param html         the rendered body (trusted: made by drplan)
 * @param headings     the body's headings, for "On this page"
 * @param meta         unknown front-matter keys, for custom templates ({@code page.meta.KEY})
 * @param requires     the sections to complete first ("Before you start"), in the order written
 * @param referencedBy the sections whose pages link here, in plan order
 * @param team         on the team section: the contact cards, bridge and escalation ladder of {@code team.yml};
 *                     else null
 * @param validation   on a testing-and-validation section with a {@code validation:} map: its answers, the seven
 *                     questions first; else empty
 * @param previous     previous section in plan order, or null; {@code next} likewise
 */
public record SectionPage(
        SectionSummary summary,
        String typeHeading,
        String heading,
        String html,
        List<Heading> headings,
        List<String> tags,
        Map<String, Object> meta,
        List<SectionSummary> requires,
        List<SectionSummary> referencedBy,
        TeamView team,
        List<ValidationAnswer> validation,
        SectionSummary previous,
        SectionSummary next) {
}
