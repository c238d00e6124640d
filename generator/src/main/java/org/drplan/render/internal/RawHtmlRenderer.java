package org.drplan.render.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.links.LinkTarget;
import org.drplan.markdown.RawHtml;
import org.drplan.url.Urls;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the author's raw HTML as written, except the URLs: each linking attribute gets the URL of its resolved
 * target in this output, and a link that leads nowhere or a file loaded from the network is rewritten the way
 * Markdown links are. Only those character ranges change.
 */
final class RawHtmlRenderer implements NodeRenderer {

    private final RenderContext render;

    RawHtmlRenderer(RenderContext render) {
        this.render = render;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, this::block),
                new NodeRenderingHandler<>(HtmlInline.class, this::inline));
    }

    private void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        if (node.hasChildren()) {
            context.delegateRender();
            return;
        }
        html.line();
        html.rawPre(rewritten(node));
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        html.rawPre(rewritten(node));
    }

    private String rewritten(Node node) {
        RawHtml raw = render.section().parsed().rawHtml(node).orElseThrow();
        String source = raw.source();
        StringBuilder out = new StringBuilder(source.length() + 32);
        int copied = 0;
        for (RawHtml.Link link : raw.links()) {
            LinkTarget target = render.section().links().target(link).orElseThrow();
            Splice splice = splice(link, target);
            if (splice == null || splice.start < copied) {
                continue;
            }
            out.append(source, copied, splice.start).append(splice.text);
            copied = splice.end;
        }
        return out.append(source, copied, source.length()).toString();
    }

    private record Splice(int start, int end, String text) {
    }

    private Splice splice(RawHtml.Link link, LinkTarget target) {
        boolean anchor = link.tag().equals("a");
        if (target.isBroken()) {
            if (anchor) {
                Element tag = link.element().shallowClone();
                tag.removeAttr(link.attribute()).addClass("broken-link").attr("title", "Broken link: " + link.url());
                return new Splice(link.tagStart(), link.tagEnd(), startTag(tag));
            }
            String alt = link.element().attr("alt");
            return new Splice(link.tagStart(), link.elementEnd(), "<span class=\"broken-link\">"
                    + Entities.escape("[missing " + (alt.isBlank() ? link.url() : alt + ": " + link.url()) + "]")
                    + "</span>");
        }
        if (target.kind() == LinkTarget.Kind.WITHHELD) {
            if (anchor) {
                Element tag = link.element().shallowClone();
                tag.removeAttr(link.attribute()).addClass(LinkNodeRenderer.WITHHELD_CLASS)
                        .attr("title", LinkNodeRenderer.withheldTitle(target));
                return new Splice(link.tagStart(), link.tagEnd(), startTag(tag));
            }
            return new Splice(link.tagStart(), link.elementEnd(), "<span class=\"" + LinkNodeRenderer.WITHHELD_CLASS
                    + "\">" + Entities.escape(target.problem()) + "</span>");
        }
        if (target.kind() != LinkTarget.Kind.EXTERNAL) {
            String url = render.style().href(target);
            return url.equals(link.url()) ? null
                    : new Splice(link.valueStart(), link.valueEnd(), Entities.escape(url));
        }
        if (anchor && target.isWeb()) {
            Element tag = link.element().shallowClone().addClass("external-link");
            if (!tag.hasAttr("title")) {
                tag.attr("title", LinkNodeRenderer.NETWORK_TITLE);
            }
            return new Splice(link.tagStart(), link.tagEnd(), startTag(tag));
        }
        if (!anchor && !target.url().isEmpty() && !Urls.isData(target.url())) {
            String alt = link.element().attr("alt").isBlank() ? link.element().attr("title") : link.element().attr("alt");
            return new Splice(link.tagStart(), link.elementEnd(), "<a href=\"" + Entities.escape(target.url())
                    + "\" class=\"external-link\">" + Entities.escape(alt.isBlank() ? target.url() : alt) + "</a>");
        }
        return null;
    }

    private static String startTag(Element element) {
        return "<" + element.tagName() + element.attributes().html() + ">";
    }
}
