package org.drplan.render.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.drplan.links.LinkTarget;
import org.drplan.markdown.XrefExtension;
import org.drplan.url.Urls;

/**
 * Writes links, images and cross-references with the URL their resolved target has in this output. A link that
 * leads nowhere is rendered visibly broken (never as a link to a 404), a web link is marked as one, and an image the
 * page would load from the network becomes a link to it.
 */
final class LinkNodeRenderer implements NodeRenderer {

    static final String NETWORK_TITLE = "On the network: may not open at the recovery site";
    static final String WITHHELD_CLASS = "withheld-link";

    private final RenderContext render;

    LinkNodeRenderer(RenderContext render) {
        this.render = render;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(ImageRef.class, this::imageRef),
                new NodeRenderingHandler<>(AutoLink.class, this::autoLink),
                new NodeRenderingHandler<>(WikiLink.class, this::xref));
    }

    private void link(Link node, NodeRendererContext context, HtmlWriter html) {
        anchor(target(node), node.getUrl().unescape(), title(node.getTitle()), null, html,
                () -> context.renderChildren(node));
    }

    private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(Parser.REFERENCES.get(node.getDocument())) : null;
        if (reference == null) {
            context.delegateRender();
            return;
        }
        anchor(target(node), reference.getUrl().unescape(), title(reference.getTitle()), null, html,
                () -> context.renderChildren(node));
    }

    private void xref(WikiLink node, NodeRendererContext context, HtmlWriter html) {
        String text = render.section().links().xrefText(node);
        anchor(target(node), XrefExtension.reference(node), null, "xref", html, () -> html.text(text));
    }

    private void autoLink(AutoLink node, NodeRendererContext context, HtmlWriter html) {
        // "bare-link": the text is the address already, so the printed copy does not repeat it after the link.
        anchor(target(node), node.getUrl().toString(), null, "bare-link", html,
                () -> html.text(node.getText().toString()));
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        picture(target(node), node.getUrl().unescape(), new TextCollectingVisitor().collectAndGetText(node),
                title(node.getTitle()), html);
    }

    private void imageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(Parser.REFERENCES.get(node.getDocument())) : null;
        if (reference == null) {
            context.delegateRender();
            return;
        }
        picture(target(node), reference.getUrl().unescape(), new TextCollectingVisitor().collectAndGetText(node),
                title(reference.getTitle()), html);
    }

    private void anchor(LinkTarget target, String written, String title, String cssClass, HtmlWriter html,
                        Runnable children) {
        if (target.isBroken()) {
            html.attr("class", cssClass == null ? "broken-link" : cssClass + " broken-link")
                    .attr("title", "Broken link: " + written);
        } else if (target.kind() == LinkTarget.Kind.WITHHELD) {
            html.attr("class", cssClass == null ? WITHHELD_CLASS : cssClass + " " + WITHHELD_CLASS)
                    .attr("title", withheldTitle(target));
        } else {
            if (cssClass != null) {
                html.attr("class", cssClass);
            }
            html.attr("href", href(target));
            String reference = target.kind() == LinkTarget.Kind.EXTERNAL ? null : render.style().reference(target);
            if (reference != null) {
                html.attr("data-see", reference);
            }
            if (title != null) {
                html.attr("title", title);
            }
            if (target.isWeb()) {
                html.attr("class", "external-link");
                if (title == null) {
                    html.attr("title", NETWORK_TITLE);
                }
            }
        }
        html.withAttr().tag("a");
        children.run();
        html.tag("/a");
    }

    private void picture(LinkTarget target, String written, String alt, String title, HtmlWriter html) {
        if (target.kind() == LinkTarget.Kind.WITHHELD) {
            html.attr("class", WITHHELD_CLASS).attr("title", withheldTitle(target)).withAttr().tag("span")
                    .text(alt.isBlank() ? target.problem() : alt).tag("/span");
        } else if (target.isBroken()) {
            html.attr("class", "broken-link").withAttr().tag("span")
                    .text("[missing " + (alt.isBlank() ? written : alt + ": " + written) + "]").tag("/span");
        } else if (target.kind() == LinkTarget.Kind.EXTERNAL && !Urls.isData(target.url())) {
            html.attr("href", target.url()).attr("class", "external-link").withAttr().tag("a")
                    .text(alt.isBlank() ? target.url() : alt).tag("/a");
        } else {
            html.attr("src", href(target)).attr("alt", alt);
            if (title != null) {
                html.attr("title", title);
            }
            html.withAttr().tagVoid("img");
        }
    }

    /** What a link to a section left out of this bundle says when pointed at: it is not a broken link. */
    static String withheldTitle(LinkTarget target) {
        return "\u201c" + target.problem() + "\u201d is not in this edition of the plan";
    }

    private String href(LinkTarget target) {
        return target.kind() == LinkTarget.Kind.EXTERNAL ? target.url() : render.style().href(target);
    }

    private LinkTarget target(Node node) {
        return render.section().links().target(node).orElseThrow(() ->
                new IllegalStateException("link at offset " + node.getStartOffset() + " of '"
                        + render.section().id() + "' was never resolved"));
    }

    private static String title(BasedSequence title) {
        return title.isNull() ? null : title.unescape();
    }
}
