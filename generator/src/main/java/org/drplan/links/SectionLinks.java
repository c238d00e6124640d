package org.drplan.links;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.markdown.RawHtml;

/**
 * The resolved links of one section, by the tree node (or raw HTML attribute) that carries each: what every output
 * renders from, with no second look at the text.
 *
 * @param linkedIds the other sections this one links to
 */
public record SectionLinks(Map<Node, LinkTarget> byNode, Map<RawHtml.Link, LinkTarget> byHtml,
                           Map<WikiLink, String> xrefTexts, Set<String> linkedIds) {

    public SectionLinks {
        byNode = Collections.unmodifiableMap(new IdentityHashMap<>(byNode));
        byHtml = Collections.unmodifiableMap(new IdentityHashMap<>(byHtml));
        xrefTexts = Collections.unmodifiableMap(new IdentityHashMap<>(xrefTexts));
        linkedIds = Set.copyOf(linkedIds);
    }

    /** The target of a link, image, cross-reference or reference definition. */
    public Optional<LinkTarget> target(Node node) {
        return Optional.ofNullable(byNode.get(node));
    }

    /** The target of a URL in raw HTML. */
    public Optional<LinkTarget> target(RawHtml.Link link) {
        return Optional.ofNullable(byHtml.get(link));
    }

    /** What a cross-reference shows: the author's text, else the target's title, heading or role. */
    public String xrefText(WikiLink link) {
        return xrefTexts.getOrDefault(link, "");
    }
}
