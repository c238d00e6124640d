package org.drplan.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import org.drplan.markdown.internal.XrefNodeRenderer;

/**
 * Cross-references between sections: {@code [[restore-db]]}, {@code [[restore-db#verify]]},
 * {@code [[restore-db#verify|text]]} and {@code [[@role-id]]}. flexmark's wiki-link parser reads them (link first,
 * then text); they render as {@code <a class="xref" data-xref="restore-db#verify">text</a>} with no href, because
 * only the link stage, once every page has rendered, knows the target's URL, title and headings.
 */
public final class XrefExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The attribute that carries the reference to the link stage. */
    public static final String ATTRIBUTE = "data-xref";

    private final WikiLinkExtension syntax = WikiLinkExtension.create();

    private XrefExtension() {
    }

    public static XrefExtension create() {
        return new XrefExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(WikiLinkExtension.ALLOW_INLINES, true);
        syntax.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        syntax.extend(builder);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new XrefNodeRenderer());
    }
}
