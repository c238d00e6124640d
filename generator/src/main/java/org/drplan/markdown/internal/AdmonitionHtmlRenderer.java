package org.drplan.markdown.internal;

import java.util.Locale;
import java.util.Set;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Renders {@code !!! warning "Title"} blocks as a plain {@code <aside>} styled by the theme. flexmark's own
 * renderer references inline SVG symbols and a script that would have to ship with every page.
 */
public final class AdmonitionHtmlRenderer implements NodeRenderer {

    private AdmonitionHtmlRenderer() {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
    }

    private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        String kind = node.getInfo().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        String title = node.getTitle().isNull() ? capitalised(kind) : node.getTitle().toString();
        html.attr("class", "admonition admonition-" + kind).attr("role", "note").withAttr().tag("aside").line();
        if (!title.isBlank()) {
            html.attr("class", "admonition-title").withAttr().tag("p").text(title).closeTag("p").line();
        }
        context.renderChildren(node);
        html.closeTag("aside").line();
    }

    private static String capitalised(String kind) {
        return kind.isEmpty() ? "Note" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** Registers the renderer for the blocks that {@link AdmonitionSyntax} parses. */
    public static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        private Extension() {
        }

        public static Extension create() {
            return new Extension();
        }

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory((DataHolder options) -> new AdmonitionHtmlRenderer());
        }
    }
}
