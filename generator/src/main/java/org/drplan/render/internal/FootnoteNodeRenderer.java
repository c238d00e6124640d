package org.drplan.render.internal;

import java.util.Set;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Footnotes ({@code [^1]}) with ids from the output's {@link org.drplan.render.LinkStyle}: on a page {@code fn-1},
 * in the one print document of the whole plan {@code sec-5-3--fn-1}, so that two sections' first footnotes do not
 * share an id there. A note is written where it is defined (runbooks define them at the end), with a link back.
 */
final class FootnoteNodeRenderer implements NodeRenderer {

    private final RenderContext render;
    /** Notes numbered by their first reference, and how often each reference has come so far, per tree. */
    private final java.util.Map<FootnoteBlock, Integer> numbers = new java.util.IdentityHashMap<>();
    private final java.util.Map<FootnoteBlock, Integer> seen = new java.util.IdentityHashMap<>();
    private com.vladsch.flexmark.util.ast.Document numbered;

    FootnoteNodeRenderer(RenderContext render) {
        this.render = render;
    }

    private int number(com.vladsch.flexmark.util.ast.Node node, FootnoteBlock note) {
        if (numbered != node.getDocument()) {
            numbered = node.getDocument();
            numbers.clear();
            seen.clear();
            for (com.vladsch.flexmark.util.ast.Node each : numbered.getDescendants()) {
                if (each instanceof Footnote reference && reference.getFootnoteBlock() != null) {
                    numbers.putIfAbsent(reference.getFootnoteBlock(), numbers.size() + 1);
                }
            }
        }
        return numbers.getOrDefault(note, 0);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::reference),
                new NodeRenderingHandler<>(FootnoteBlock.class, this::note));
    }

    private void reference(Footnote node, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock note = node.getFootnoteBlock();
        if (note == null) {
            html.text(node.getChars().toString());
            return;
        }
        int number = number(node, note);
        int repeat = seen.merge(note, 1, Integer::sum) - 1;
        String back = "fnref-" + number + (repeat > 0 ? "-" + repeat : "");
        html.attr("id", id(back)).withAttr().tag("sup");
        html.attr("class", "footnote-ref").attr("href", "#" + id("fn-" + number)).withAttr().tag("a")
                .text(String.valueOf(number)).tag("/a");
        html.tag("/sup");
    }

    private void note(FootnoteBlock note, NodeRendererContext context, HtmlWriter html) {
        int number = number(note, note);
        if (number == 0) {
            return;
        }
        html.attr("class", "footnote").attr("id", id("fn-" + number)).withAttr().tagLine("div", () -> {
            html.attr("class", "footnote-number").withAttr().tag("span").text(number + ".").tag("/span");
            context.renderChildren(note);
            html.attr("class", "footnote-backref").attr("href", "#" + id("fnref-" + number))
                    .attr("aria-label", "Back to the text").withAttr().tag("a").text("↩").tag("/a");
        });
    }

    private String id(String anchor) {
        return render.style().anchorId(render.section().id(), anchor);
    }
}
