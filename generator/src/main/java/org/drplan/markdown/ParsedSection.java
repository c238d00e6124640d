package org.drplan.markdown;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.content.Section;

/**
 * A section parsed once into a flexmark tree, with what the later stages need to know of it. The tree is rendered
 * as many times as there are outputs (the bundle's page, the checklist page, the print document); nothing after
 * this stage parses the section's text again.
 *
 * @param title       see {@link PageTitle}
 * @param pageHeading the text of a leading {@code # heading} taken out of the tree (the page shows it as its h1), or
 *                    null
 * @param decisions   its decision points ({@code !!! decision "…"}), in the order written
 * @param anchors     every id a link may point at: heading ids, ids written in raw HTML, and step anchors
 * @param stepAnchors the anchors that name steps (see {@link #stepAnchor})
 * @param notes       what the author should hear about the text (template code left in it)
 * @param memo        what later stages work out from this section alone, kept with it
 */
public record ParsedSection(
        Section section,
        Document document,
        String title,
        String pageHeading,
        List<Heading> headings,
        List<ParsedStep> steps,
        List<ParsedDecision> decisions,
        List<LinkSite> links,
        Set<String> anchors,
        Set<String> stepAnchors,
        Map<Node, RawHtml> rawHtml,
        List<MarkdownNote> notes,
        SectionMemo memo) {

    public ParsedSection {
        headings = List.copyOf(headings);
        steps = List.copyOf(steps);
        decisions = List.copyOf(decisions);
        links = List.copyOf(links);
        anchors = Set.copyOf(anchors);
        stepAnchors = Set.copyOf(stepAnchors);
        rawHtml = Collections.unmodifiableMap(new IdentityHashMap<>(rawHtml));
        notes = List.copyOf(notes);
    }

    public String id() {
        return section.id();
    }

    /** The heading with this anchor id, if the section has one. */
    public Optional<Heading> heading(String anchor) {
        return headings.stream().filter(h -> h.id().equals(anchor)).findFirst();
    }

    /**
     * The anchor of the step with this id: the last part of its id ({@code stop-the-app}, or {@code one} for
     * {@code {#one}}), unless a heading or the author's HTML has that id already; else empty.
     */
    public Optional<String> stepAnchor(String stepId) {
        String local = ParsedStep.anchorName(stepId);
        return stepAnchors.contains(local) ? Optional.of(local) : Optional.empty();
    }

    /** The parsed raw HTML of an HTML block or inline tag of this tree, if it is one. */
    public Optional<RawHtml> rawHtml(Node node) {
        return Optional.ofNullable(rawHtml.get(node));
    }
}
