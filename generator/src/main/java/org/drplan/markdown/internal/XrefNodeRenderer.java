package org.drplan.markdown.internal;

import java.util.Set;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import org.drplan.markdown.XrefExtension;

/** Renders a cross-reference as a placeholder link for the link stage; an empty text is filled in there. */
public final class XrefNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(WikiLink.class, this::render));
    }

    private void render(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "xref").attr(XrefExtension.ATTRIBUTE, reference(node)).withAttr().tag("a");
        if (node.getTextSeparatorMarker().isNotNull() && node.getText().isNotNull()) {
            html.text(node.getText().toString().trim());
        }
        html.closeTag("a");
    }

    /** What stands between the brackets before any {@code |text}: {@code id} or {@code id#anchor}. */
    public static String reference(WikiLink node) {
        String page = node.getPageRef().toString().trim();
        return node.getAnchorMarker().isNull() ? page : page + "#" + node.getAnchorRef().toString().trim();
    }
}
