package org.drplan.markdown;

import com.vladsch.flexmark.util.ast.Node;

/**
 * A place in a section's Markdown where a URL or cross-reference is written, with its exact 1-based position.
 *
 * @param node the tree node that carries it: a link, image, cross-reference, reference definition, or raw HTML
 * @param url  what was written: the URL, or for a cross-reference what stands between the brackets before any
 *             {@code |text} ({@code restore-db#verify}, {@code @incident-commander})
 * @param html for a URL in raw HTML, the element and attribute it sits in; null otherwise
 */
public record LinkSite(Node node, Kind kind, String url, int line, int column, RawHtml.Link html) {

    /** How a URL is written. */
    public enum Kind {
        /** {@code [text](url)} or a reference definition {@code [ref]: url}. */
        LINK,
        /** {@code ![alt](url)}. */
        IMAGE,
        /** {@code [[id#anchor|text]]} or {@code [[@role]]}. */
        XREF,
        /** An {@code <a href>} in raw HTML. */
        HTML_LINK,
        /** Something raw HTML loads: {@code <img src>}, {@code <iframe src>}, {@code <object data>}, ... */
        HTML_EMBED
    }

    /** Whether the URL names a file to load into the page rather than a page to go to. */
    public boolean isEmbedded() {
        return kind == Kind.IMAGE || kind == Kind.HTML_EMBED;
    }
}
