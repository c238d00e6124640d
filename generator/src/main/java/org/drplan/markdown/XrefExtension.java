package org.drplan.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Cross-references between sections: {@code [[restore-db]]}, {@code [[restore-db#verify]]},
 * {@code [[restore-db#verify|text]]} and {@code [[@role-id]]}. flexmark's wiki-link parser reads them (link first,
 * then text); the plan resolves them and the renderers write them.
 */
public final class XrefExtension implements Parser.ParserExtension {

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

    /** What stands between the brackets before any {@code |text}: {@code id}, {@code id#anchor} or {@code @role}. */
    public static String reference(WikiLink node) {
        String page = node.getPageRef().toString().trim();
        return node.getAnchorMarker().isNull() ? page : page + "#" + node.getAnchorRef().toString().trim();
    }

    /** Whether the author wrote the text to show ({@code [[id|text]]}). */
    public static boolean hasText(WikiLink node) {
        return node.getTextSeparatorMarker().isNotNull() && node.getText().isNotNull();
    }
}
